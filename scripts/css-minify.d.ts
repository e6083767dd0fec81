import type { CSSOptions, Plugin } from 'vite';

type PostcssPlugin = NonNullable<Exclude<CSSOptions['postcss'], string | undefined>['plugins']>[number];

export function minifyCss(text: string): string;
export const litCssMinify: Plugin;
export const leafletUnused: PostcssPlugin;
