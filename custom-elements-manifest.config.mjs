/** `cem analyze` settings. Tags are registered through `define(tag, Class)`, which it learns here. */
const tags = new Map();

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/test-support.ts',
    'src/**/*.stories.ts',
    'src/**/*.d.ts',
    'src/cli.ts',
  ],
  outdir: 'dist',
  // package.json names the manifest already; an analysis into another folder must not rewrite it.
  packagejson: false,
  litelement: true,
  plugins: [
    {
      name: 'ok-define-calls',
      analyzePhase({ ts, node }) {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
        const [tag, element] = node.arguments;
        if (tag && element && ts.isStringLiteral(tag)) tags.set(element.getText(), tag.text);
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (tags.has(declaration.name)) declaration.tagName = tags.get(declaration.name);
          }
        }
      },
    },
  ],
};
