// Bundles the extension: dist/client.js (runs in VS Code's extension host, `vscode` is provided there),
// dist/server.js (the language server, with ESLint and the plugin inside) and dist/typescript-parser.js (the
// TypeScript parser with TypeScript itself, two thirds of the code: the server loads it on its first TypeScript
// document, so a JavaScript-only workspace never holds it in memory).
// dist/grammars/ gets the tree-sitter runtime and the Java and Go grammars (WebAssembly) that the plugin loads
// beside the bundle on its first Java or Go document.
// Types are checked separately (`npm run typecheck`). `--production` minifies and drops source maps.
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

/** The server's `require('@typescript-eslint/parser')` loads the separate bundle next to it. */
const typescriptParserApart = {
  name: 'typescript-parser-apart',
  setup(bundler) {
    bundler.onResolve({ filter: /^@typescript-eslint\/parser$/ }, () => ({ path: './typescript-parser.js', external: true }));
  },
};

/**
 * ESLint imports `jiti` by name to load an `eslint.config.ts`; in the bundle that name maps to a module that loads
 * the project's own jiti (`src/server/jiti/project-jiti.ts`).
 */
const projectJiti = {
  name: 'project-jiti',
  setup(bundler) {
    const here = new URL('.', import.meta.url).pathname;
    bundler.onResolve({ filter: /^jiti$/ }, () => ({ path: `${here}src/server/jiti/jiti-module.ts` }));
    bundler.onResolve({ filter: /^jiti\/package\.json$/ }, () => ({ path: `${here}src/server/jiti/jiti-package.ts` }));
  },
};

/**
 * web-tree-sitter's CommonJS build. By its `import` condition esbuild would take the ESM build, which calls
 * `createRequire(import.meta.url)`: undefined in a CommonJS bundle.
 */
const pluginRequire = createRequire(createRequire(import.meta.url).resolve('eslint-plugin-keepalive/package.json'));
const treeSitterCommonJs = { 'web-tree-sitter': pluginRequire.resolve('web-tree-sitter') };
const pluginGrammars = join(dirname(pluginRequire.resolve('./package.json')), 'dist', 'grammars');

rmSync('dist', { recursive: true, force: true }); // no stale source maps next to a production bundle

await Promise.all([
  build({ ...common, entryPoints: ['src/client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: ['src/server/server.ts'],
    outfile: 'dist/server.js',
    plugins: [typescriptParserApart, projectJiti],
    alias: treeSitterCommonJs,
  }),
  build({ ...common, entryPoints: [createRequire(import.meta.url).resolve('@typescript-eslint/parser')], outfile: 'dist/typescript-parser.js' }),
]);
cpSync(pluginGrammars, 'dist/grammars', { recursive: true });
