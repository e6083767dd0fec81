/**
 * `cem analyze` settings: the manifest `dist/custom-elements.json` describes the package as
 * consumers import it, and the JSX and Vue typings are generated from it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import ts from 'typescript';

/** Tags by class name, learnt from the `define(tag, Class)` calls. */
const tags = new Map();

/** The file that serves a source module: an element's entry, or the full one. */
function distPath(sourcePath) {
  const element = /^src\/elements\/([\w-]+)\//.exec(sourcePath);
  return element ? `dist/elements/${element[1]}.js` : 'dist/ok-widgets.js';
}

/**
 * What a built entry really exports at runtime, from its final `export { a as B, … }`; undefined
 * before the first build (Storybook analyses the sources alone).
 */
function runtimeExports(file) {
  if (!existsSync(file)) return undefined;
  const list = /export\s*\{([^}]*)\}\s*;?\s*(?:\/\/.*)?\s*$/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return new Set(
    list
      .split(',')
      .map((item) =>
        item
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      )
      .filter(Boolean),
  );
}

/**
 * Attribute types that name an alias (`Sector`) spelled out as their literal choices
 * (`'civil' | 'public' | 'other'`), which is what editors and framework typings need.
 */
function literalTypes(manifest) {
  const program = ts.createProgram(['src/ok-widgets.ts'], {
    strict: true,
    experimentalDecorators: true,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const spell = (type) =>
    checker.typeToString(type, undefined, ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType);
  for (const module of manifest.modules) {
    const source = program.getSourceFile(resolve(module.path));
    for (const declaration of module.declarations ?? []) {
      if (!tags.has(declaration.name) || !source) continue;
      const node = source.statements.find(
        (s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name,
      );
      for (const member of node?.members ?? []) {
        if (!ts.isPropertyDeclaration(member) || !member.type || !ts.isTypeReferenceNode(member.type))
          continue;
        const type = checker.getTypeFromTypeNode(member.type);
        if (!type.isUnion() || !type.types.every((t) => t.isLiteral() || t.flags & ts.TypeFlags.Undefined))
          continue;
        const text = type.types.map(spell).join(' | ');
        const name = member.name.getText(source);
        for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if ((entry.name === name || entry.fieldName === name) && entry.type) entry.type.text = text;
        }
      }
    }
  }
}

/** Every `module` reference in the manifest, relative ones resolved against `from`. */
function retarget(node, from) {
  if (Array.isArray(node)) return node.forEach((item) => retarget(item, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'module' && typeof value === 'string') {
      const source = value.startsWith('.')
        ? posix.join(posix.dirname(from), value).replace(/\.js$/, '.ts')
        : value;
      node.module = distPath(source.replace(/^\//, ''));
    } else retarget(value, from);
  }
}

/**
 * One module per file a consumer imports: `dist/elements/<name>.js` declares and defines its
 * element, `dist/ok-widgets.js` the base class, the feed API and every tag.
 */
function publicModules(manifest) {
  literalTypes(manifest);
  const modules = new Map();
  for (const module of manifest.modules) {
    retarget(module.declarations, module.path);
    retarget(module.exports, module.path);
    const path = distPath(module.path);
    const merged = modules.get(path) ?? { kind: 'javascript-module', path, declarations: [], exports: [] };
    modules.set(path, merged);
    for (const declaration of module.declarations ?? []) {
      // Every defined element is one; the abstract base class is registered under no tag.
      if (tags.has(declaration.name))
        Object.assign(declaration, { customElement: true, tagName: tags.get(declaration.name) });
      else delete declaration.customElement;
      merged.declarations.push(declaration);
    }
    merged.exports.push(...(module.exports ?? []).filter((entry) => entry.kind === 'js'));
  }
  for (const module of modules.values()) {
    const built = runtimeExports(module.path);
    const exported = { has: (name) => built?.has(name) ?? module.exports.some((e) => e.name === name) };
    const isElement = (declaration) => declaration.customElement && tags.has(declaration.name);
    const inModule = (module.path === 'dist/ok-widgets.js' ? [...modules.values()] : [module]).flatMap((m) =>
      m.declarations.filter(isElement),
    );
    module.declarations = module.declarations.filter(
      (d, i, all) =>
        all.findIndex((other) => other.name === d.name) === i &&
        (exported.has(d.name) || d.name === 'OkElement') &&
        (module.path === 'dist/ok-widgets.js' ? !isElement(d) : isElement(d)),
    );
    module.exports = module.exports.filter(
      (e, i, all) => exported.has(e.name) && all.findIndex((other) => other.name === e.name) === i,
    );
    for (const declaration of inModule) {
      module.exports.push({
        kind: 'custom-element-definition',
        name: tags.get(declaration.name),
        declaration: {
          name: declaration.name,
          module: distPath(`src/elements/${tags.get(declaration.name).slice(3)}/`),
        },
      });
    }
  }
  manifest.modules = [...modules.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** Lets a React or Vue project opt in with one `import type` or `types` entry. */
function frameworkGlue() {
  mkdirSync('dist/types', { recursive: true });
  writeFileSync(
    'dist/types/react.d.ts',
    `/** The widgets in React's JSX: \`import type {} from 'ok-widgets/react';\` once in the app. */
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
  );
}

export default {
  globs: ['src/ok-widgets.ts', 'src/feed/*.ts', 'src/internal/ok-element.ts', 'src/elements/*/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-support.ts', 'src/**/*.d.ts', 'src/cli.ts'],
  outdir: 'dist',
  // package.json names the manifest already; an analysis into another folder must not rewrite it.
  packagejson: false,
  litelement: true,
  plugins: [
    {
      name: 'ok-public-modules',
      analyzePhase({ ts: analyzerTs, node, moduleDoc }) {
        // `customElements.define(tag, element)` inside `define()` is no definition of its own.
        if (moduleDoc.path.endsWith('internal/define.ts')) {
          moduleDoc.exports = (moduleDoc.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
        }
        if (!analyzerTs.isCallExpression(node) || node.expression.getText() !== 'define') return;
        const [tag, element] = node.arguments;
        if (tag && element && analyzerTs.isStringLiteral(tag)) tags.set(element.getText(), tag.text);
      },
      packageLinkPhase({ customElementsManifest }) {
        publicModules(customElementsManifest);
      },
    },
    customElementJsxPlugin({
      outdir: 'dist/types',
      fileName: 'jsx.d.ts',
      globalTypePath: './ok-widgets.js',
      hideLogs: true,
    }),
    customElementVuejsPlugin({
      outdir: 'dist/types',
      fileName: 'vue.d.ts',
      globalTypePath: './ok-widgets.js',
      hideLogs: true,
    }),
    { name: 'ok-framework-glue', packageLinkPhase: frameworkGlue },
  ],
};
