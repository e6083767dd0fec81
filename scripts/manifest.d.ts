export const MANIFEST: string;
export const PAGE_MANIFEST_PATH: string;
export function ensureManifest(): Promise<string>;
