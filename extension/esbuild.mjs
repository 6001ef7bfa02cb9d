// Bundles the extension: dist/client.js (runs in VS Code's extension host, `vscode` is provided there),
// dist/server.js (the language server, with ESLint and the plugin inside) and dist/typescript-parser.js (the
// TypeScript parser with TypeScript itself, two thirds of the code: the server loads it on its first TypeScript
// document, so a JavaScript-only workspace never holds it in memory).
// Types are checked separately (`npm run typecheck`). `--production` minifies and drops source maps.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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

rmSync('dist', { recursive: true, force: true }); // no stale source maps next to a production bundle

await Promise.all([
  build({ ...common, entryPoints: ['src/client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // jiti loads TypeScript ESLint configs; ESLint imports it only for those and explains when it is missing.
  build({ ...common, entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js', external: ['jiti', 'jiti/package.json'], plugins: [typescriptParserApart] }),
  build({ ...common, entryPoints: [createRequire(import.meta.url).resolve('@typescript-eslint/parser')], outfile: 'dist/typescript-parser.js' }),
]);
