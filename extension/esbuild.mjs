// Bundles the extension: dist/client.js (runs in VS Code's extension host, `vscode` is provided there) and
// dist/server.js (the language server, with ESLint, the TypeScript parser and the plugin inside).
// Types are checked separately (`npm run typecheck`). `--production` minifies and drops source maps.
import { rmSync } from 'node:fs';
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

rmSync('dist', { recursive: true, force: true }); // no stale source maps next to a production bundle

await Promise.all([
  build({ ...common, entryPoints: ['src/client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // jiti loads TypeScript ESLint configs; ESLint imports it only for those and explains when it is missing.
  build({ ...common, entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js', external: ['jiti', 'jiti/package.json'] }),
]);
