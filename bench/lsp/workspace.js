'use strict';
// The temporary workspace both servers open: the generated modules, a flat config that runs the keepalive
// recommended rules, and the repository's node_modules (linked), so the peer finds the workspace's ESLint and
// the plugin the way it would in a real project.
const { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const REPO_ROOT = join(__dirname, '..', '..');

const FLAT_CONFIG = `// The keepalive rules, as a project enables them.
import keepalive from 'eslint-plugin-keepalive';

export default [keepalive.configs.recommended];
`;

class BenchWorkspace {
  constructor() {
    this.path = mkdtempSync(join(tmpdir(), 'keepalive-bench-lsp-'));
    writeFileSync(join(this.path, 'package.json'), JSON.stringify({ private: true, type: 'module', engines: { node: '>=20' } }, null, 2));
    writeFileSync(join(this.path, 'eslint.config.mjs'), FLAT_CONFIG);
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(this.path, 'node_modules'), 'dir');
    mkdirSync(join(this.path, 'src'));
  }

  /** Writes `src/<name>` (the servers are sent the same text on open) and returns its URI. */
  add(name, text) {
    const path = join(this.path, 'src', name);
    writeFileSync(path, text);
    return pathToFileURL(path).href;
  }

  get uri() {
    return pathToFileURL(this.path).href;
  }

  remove() {
    rmSync(this.path, { recursive: true, force: true });
  }
}

module.exports = { BenchWorkspace, REPO_ROOT };
