import type { CSSOptions, Plugin } from 'vite';

type PostcssPlugin = NonNullable<Exclude<CSSOptions['postcss'], string | undefined>['plugins']>[number];

export function minifyCss(text: string): string;
export const litTemplateMinify: Plugin;
export const leafletUnused: PostcssPlugin;
