import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { ruleTester } from './rule-tester';

/**
 * Compiled CommonJS as TypeScript, Babel, swc and esbuild emit it: the interop helpers around `require()` give the
 * module itself (or an object whose `default` is the module). `require(variable)` and `import()` are never followed.
 */

const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

function missingIdle(code: string, reported: string, output: string) {
  return {
    code,
    errors: [{ messageId: 'missingIdleTimeout' as const, ...locate(code, reported), suggestions: [{ messageId: 'addIdleTimeout' as const, output }] }],
    ...script,
  };
}

const TS_HELPERS = `"use strict";
var __importStar = (this && this.__importStar) || function (mod) { return mod; };
var __importDefault = (this && this.__importDefault) || function (mod) { return mod && mod.__esModule ? mod : { "default": mod }; };
`;

ruleTester.run('require-idle-timeout', keepalive.rules['require-idle-timeout'], {
  valid: [
    // Loaded by a name the file computes, or later: never followed.
    { code: "const name = 'http'; const http = require(name); new http.Agent({ keepAlive: true });", ...script },
    { code: "const http = require('ht' + 'tp'); new http.Agent({ keepAlive: true });", ...script },
    "const http = await import('node:http'); new http.Agent({ keepAlive: true });",
    // A helper of the same shape around something else.
    { code: "function __importStar(m) { return m; } const http = __importStar(loadHttp()); new http.Agent({ keepAlive: true });", ...script },
  ],
  invalid: [
    missingIdle(
      `${TS_HELPERS}const http = __importStar(require("http"));\nexports.agent = new http.Agent({ keepAlive: true });`,
      'new http.Agent({ keepAlive: true })',
      `${TS_HELPERS}const http = __importStar(require("http"));\nexports.agent = new http.Agent({ keepAlive: true, timeout: 4000 });`,
    ),
    missingIdle(
      `${TS_HELPERS}const agentkeepalive_1 = __importDefault(require("agentkeepalive"));\nexports.agent = new agentkeepalive_1.default({ freeSocketTimeout: 0, timeout: 0 });`,
      'new agentkeepalive_1.default({ freeSocketTimeout: 0, timeout: 0 })',
      `${TS_HELPERS}const agentkeepalive_1 = __importDefault(require("agentkeepalive"));\nexports.agent = new agentkeepalive_1.default({ freeSocketTimeout: 4000, timeout: 0 });`,
    ),
    missingIdle(
      'const tslib_1 = require("tslib");\nconst https = tslib_1.__importStar(require("https"));\nexports.agent = new https.Agent({ keepAlive: true });',
      'new https.Agent({ keepAlive: true })',
      'const tslib_1 = require("tslib");\nconst https = tslib_1.__importStar(require("https"));\nexports.agent = new https.Agent({ keepAlive: true, timeout: 4000 });',
    ),
    missingIdle(
      'const tslib_1 = require("tslib");\nconst https = (0, tslib_1.__importStar)(require("https"));\nexports.agent = new https.Agent({ keepAlive: true });',
      'new https.Agent({ keepAlive: true })',
      'const tslib_1 = require("tslib");\nconst https = (0, tslib_1.__importStar)(require("https"));\nexports.agent = new https.Agent({ keepAlive: true, timeout: 4000 });',
    ),
    missingIdle(
      'var _http = _interopRequireDefault(require("http"));\nfunction _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }\nvar agent = new _http.default.Agent({ keepAlive: true });',
      'new _http.default.Agent({ keepAlive: true })',
      'var _http = _interopRequireDefault(require("http"));\nfunction _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }\nvar agent = new _http.default.Agent({ keepAlive: true, timeout: 4000 });',
    ),
    missingIdle(
      'var https = _interopRequireWildcard(require("https"));\nvar agent = new https.Agent({ keepAlive: true });',
      'new https.Agent({ keepAlive: true })',
      'var https = _interopRequireWildcard(require("https"));\nvar agent = new https.Agent({ keepAlive: true, timeout: 4000 });',
    ),
    missingIdle(
      'var import_node_http = __toESM(require("node:http"));\nvar agent = new import_node_http.default.Agent({ keepAlive: true });',
      'new import_node_http.default.Agent({ keepAlive: true })',
      'var import_node_http = __toESM(require("node:http"));\nvar agent = new import_node_http.default.Agent({ keepAlive: true, timeout: 4000 });',
    ),
  ],
});
