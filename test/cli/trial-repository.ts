import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const UNBOUNDED_AGENT = "new http.Agent({ keepAlive: true })";

/**
 * A throwaway repository as a new user's would look: other tools' disable comments, CommonJS beside ES modules,
 * a legacy script that only parses as CommonJS, a package whose source lives under packages/node_modules, built
 * output, ignored files, a syntax error, a server behind a balancer and the same server in a test.
 */
export const TRIAL_FILES: Readonly<Record<string, string>> = {
  '.gitignore': '/node_modules/\ngenerated/\n*.local.js\n',
  'package.json': JSON.stringify({ name: 'trial', version: '1.0.0' }),
  // The project's own ESLint config: the CLI reads its settings.keepalive and nothing else.
  'eslint.config.mjs': "export default [{ rules: { 'no-console': 'error' } }, { settings: { keepalive: { frontedBy: ['aws-alb'] } } }];\n",
  'src/client.js': [
    '/* eslint-env node */',
    "/* eslint-disable @typescript-eslint/no-require-imports */",
    "const http = require('http');",
    '// eslint-disable-next-line react/no-danger, unicorn/prefer-module',
    `module.exports = ${UNBOUNDED_AGENT};`,
    '/* eslint no-console: error, import/no-unresolved: off */',
    'console.log(module.exports);',
    '',
  ].join('\n'),
  'src/disabled.js': ["const http = require('http');", '// eslint-disable-next-line keepalive/require-idle-timeout', `module.exports = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  // Sloppy-mode script: octal literal and top-level return parse only as CommonJS.
  'src/legacy.js': ["var http = require('http');", 'var mode = 0644;', 'if (!http) return;', `module.exports = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  // ES module syntax in a package without "type": parsed as a module after the CommonJS attempt fails.
  'src/modern.js': ["import http from 'node:http';", '', `export const agent = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  'src/broken.js': ["const http = require('http');", 'module.exports = {', ''].join('\n'),
  'src/server.js': ["const http = require('http');", 'const server = http.createServer(() => {});', 'server.keepAliveTimeout = 30000;', 'module.exports = server;', ''].join('\n'),
  'src/api.ts': ["import http from 'node:http';", '', `export const agent: http.Agent = ${UNBOUNDED_AGENT} satisfies http.AgentOptions as http.Agent;`, ''].join('\n'),
  'test/server.test.js': ["const http = require('http');", 'const server = http.createServer(() => {});', 'server.keepAliveTimeout = 30000;', 'module.exports = server;', ''].join('\n'),
  'web/package.json': JSON.stringify({ name: 'web', type: 'module' }),
  'web/app.js': ["import { Agent } from 'undici';", '', 'export const dispatcher = new Agent({ keepAliveTimeout: 60000 });', ''].join('\n'),
  'web/old.cjs': ["const http = require('http');", `module.exports = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  // Source kept under packages/node_modules (an old monorepo layout): scanned with --no-default-ignores only.
  'packages/node_modules/@trial/http/index.js': ["const http = require('http');", `module.exports = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  'node_modules/dependency/index.js': ["const http = require('http');", `module.exports = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  'dist/bundle.js': ["const http = require('http');", `module.exports = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  'src/vendor.min.js': `var h=require("http");module.exports=${UNBOUNDED_AGENT};\n`,
  'generated/client.js': ["const http = require('http');", `module.exports = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  'src/scratch.local.js': ["const http = require('http');", `module.exports = ${UNBOUNDED_AGENT};`, ''].join('\n'),
  'README.md': '# trial\n',
};

export function writeTrialRepository(root: string, files: Readonly<Record<string, string>> = TRIAL_FILES): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, '.git'), { recursive: true });
}
