'use strict';
// Where setup.sh puts the e2e tools (git-ignored .e2e/ at the project root).
const path = require('node:path');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const E2E_DIR = path.join(PROJECT_ROOT, '.e2e');

module.exports = {
  PROJECT_ROOT,
  E2E_DIR,
  CODE_SERVER_BIN: path.join(E2E_DIR, 'code-server', 'node_modules', '.bin', 'code-server'),
  VSCE_BIN: path.join(E2E_DIR, 'tools', 'node_modules', '.bin', 'vsce'),
  PLAYWRIGHT_CORE_DIR: path.join(E2E_DIR, 'tools', 'node_modules', 'playwright-core'),
  MOCHA_DIR: path.join(PROJECT_ROOT, 'node_modules', 'mocha'),
  HARNESS_DIR: path.join(__dirname, '..', 'harness'),
  CHROMIUM_BIN: '/usr/bin/chromium',
};
