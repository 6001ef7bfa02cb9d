import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { keepalive as settings, ruleTester } from './rule-tester';

const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

/** One finding on `new …(…)` spanning `code.slice(start, end)` on line 1, with the suggestion's output. */
function finding(code: string, construction: string, output: string) {
  const column = code.indexOf(construction) + 1;
  return {
    messageId: 'missingIdleTimeout' as const,
    line: 1,
    column,
    endLine: 1,
    endColumn: column + construction.length,
    suggestions: [{ messageId: 'addIdleTimeout' as const, output }],
  };
}

function invalid(code: string, construction: string, output: string, extra: object = {}) {
  return { code, errors: [finding(code, construction, output)], ...extra };
}

ruleTester.run('require-idle-timeout', keepalive.rules['require-idle-timeout'], {
  valid: [
    // The idle timer is there, below the assumed 5 s server.
    "import http from 'node:http'; new http.Agent({ keepAlive: true, timeout: 4000 });",
    // No keep-alive: Node's agent pools nothing, so nothing goes stale.
    "const http = require('http'); new http.Agent({ maxSockets: 10 });",
    "const http = require('http'); new http.Agent({ keepAlive: false });",
    "const http = require('http'); new http.Agent();",
    // Unknown values are never reported as bad ones.
    "import http from 'http'; export function make(options: object) { return new http.Agent(options); }",
    "import http from 'http'; export function make(keepAlive: boolean) { return new http.Agent({ keepAlive }); }",
    "import http from 'http'; declare const extra: object; new http.Agent({ keepAlive: true, ...extra });",
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: Number(process.env.IDLE_MS) });",
    "import http from 'http'; let keepAlive = true; keepAlive = Math.random() > 1; new http.Agent({ keepAlive });",
    // Look-alikes are not Node's agent.
    "import { Agent } from './my-agent'; new Agent({ keepAlive: true });",
    "import { Pool } from 'pg'; new Pool({ keepAlive: true });",
    { code: "function require(name) { return { Agent: class {} }; } const http = require('http'); new http.Agent({ keepAlive: true });", ...script },
    "const http = { Agent: class { constructor(_o: object) {} } }; new http.Agent({ keepAlive: true });",
    // agentkeepalive closes idle sockets after 4 s by default.
    "import Agent from 'agentkeepalive'; new Agent();",
    "const { HttpsAgent } = require('agentkeepalive'); new HttpsAgent({ freeSocketTimeout: 3000 });",
    // freeSocketTimeout 0 alone still closes free sockets after the agent's 8 s `timeout` (too late, but that
    // is require-idle-timeout-below-server's finding).
    "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 0 });",
    // undici always has an idle timer (4 s default).
    "import { Agent } from 'undici'; new Agent();",
    // A target that never closes idle connections needs no cap from this rule.
    { code: "import http from 'http'; new http.Agent({ keepAlive: true });", ...settings({ servers: ['go-net-http'] }) },
  ],
  invalid: [
    // Import forms.
    invalid(
      "import http from 'node:http'; new http.Agent({ keepAlive: true });",
      'new http.Agent({ keepAlive: true })',
      "import http from 'node:http'; new http.Agent({ keepAlive: true, timeout: 4000 });",
    ),
    invalid(
      "import * as https from 'https'; export const agent = new https.Agent({ keepAlive: true });",
      'new https.Agent({ keepAlive: true })',
      "import * as https from 'https'; export const agent = new https.Agent({ keepAlive: true, timeout: 4000 });",
    ),
    invalid(
      "import { Agent as A } from 'node:https'; new A({ keepAlive: true });",
      'new A({ keepAlive: true })',
      "import { Agent as A } from 'node:https'; new A({ keepAlive: true, timeout: 4000 });",
    ),
    invalid(
      "const http = require('http'); new http.Agent({ keepAlive: true });",
      'new http.Agent({ keepAlive: true })',
      "const http = require('http'); new http.Agent({ keepAlive: true, timeout: 4000 });",
      script,
    ),
    invalid(
      "const { Agent: HttpAgent } = require('node:http'); new HttpAgent({ keepAlive: true, });",
      'new HttpAgent({ keepAlive: true, })',
      "const { Agent: HttpAgent } = require('node:http'); new HttpAgent({ keepAlive: true, timeout: 4000, });",
    ),
    invalid(
      "const Agent = require('https').Agent; const a = new Agent({ keepAlive: true });",
      'new Agent({ keepAlive: true })',
      "const Agent = require('https').Agent; const a = new Agent({ keepAlive: true, timeout: 4000 });",
    ),
    invalid(
      "import http from 'http'; import https from 'https'; const C = tls ? https.Agent : http.Agent; new C({ keepAlive: true });",
      'new C({ keepAlive: true })',
      "import http from 'http'; import https from 'https'; const C = tls ? https.Agent : http.Agent; new C({ keepAlive: true, timeout: 4000 });",
    ),
    invalid(
      "const http = process.getBuiltinModule('node:http'); new http.Agent({ keepAlive: true });",
      'new http.Agent({ keepAlive: true })',
      "const http = process.getBuiltinModule('node:http'); new http.Agent({ keepAlive: true, timeout: 4000 });",
    ),
    invalid(
      "import http = require('http'); new http.Agent({ keepAlive: true });",
      'new http.Agent({ keepAlive: true })',
      "import http = require('http'); new http.Agent({ keepAlive: true, timeout: 4000 });",
    ),
    invalid(
      "import http from 'http'; new (http.Agent as typeof http.Agent)({ keepAlive: true } satisfies object);",
      'new (http.Agent as typeof http.Agent)({ keepAlive: true } satisfies object)',
      "import http from 'http'; new (http.Agent as typeof http.Agent)({ keepAlive: true, timeout: 4000 } satisfies object);",
    ),
    invalid(
      "import http from 'http'; http.globalAgent = new http.Agent({ keepAlive: true });",
      'new http.Agent({ keepAlive: true })',
      "import http from 'http'; http.globalAgent = new http.Agent({ keepAlive: true, timeout: 4000 });",
    ),
    // Value forms.
    invalid(
      "import http from 'http'; const KEEP = true; new http.Agent({ keepAlive: KEEP });",
      'new http.Agent({ keepAlive: KEEP })',
      "import http from 'http'; const KEEP = true; new http.Agent({ keepAlive: KEEP, timeout: 4000 });",
    ),
    invalid(
      "import http from 'http'; const options = { keepAlive: true }; new http.Agent(options);",
      'new http.Agent(options)',
      "import http from 'http'; const options = { keepAlive: true, timeout: 4000 }; new http.Agent(options);",
    ),
    invalid(
      "import http from 'http'; const base = { keepAlive: true }; new http.Agent({ ...base, maxSockets: 10 });",
      'new http.Agent({ ...base, maxSockets: 10 })',
      "import http from 'http'; const base = { keepAlive: true }; new http.Agent({ ...base, maxSockets: 10, timeout: 4000 });",
    ),
    invalid(
      "import http from 'http'; declare const extra: object; new http.Agent({ ...extra, keepAlive: true, timeout: 0 });",
      'new http.Agent({ ...extra, keepAlive: true, timeout: 0 })',
      "import http from 'http'; declare const extra: object; new http.Agent({ ...extra, keepAlive: true, timeout: 4000 });",
    ),
    invalid(
      "import http from 'http'; const a = { keepAlive: true }; new http.Agent(Object.assign({}, a, { maxSockets: 5 }));",
      'new http.Agent(Object.assign({}, a, { maxSockets: 5 }))',
      "import http from 'http'; const a = { keepAlive: true }; new http.Agent(Object.assign({ timeout: 4000 }, a, { maxSockets: 5 }));",
    ),
    // Other pools built on http.Agent.
    invalid(
      "import { HttpsProxyAgent } from 'hpagent'; new HttpsProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128' });",
      "new HttpsProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128' })",
      "import { HttpsProxyAgent } from 'hpagent'; new HttpsProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128', timeout: 4000 });",
    ),
    invalid(
      "import { HttpsProxyAgent } from 'https-proxy-agent'; new HttpsProxyAgent('http://proxy:3128', { keepAlive: true });",
      "new HttpsProxyAgent('http://proxy:3128', { keepAlive: true })",
      "import { HttpsProxyAgent } from 'https-proxy-agent'; new HttpsProxyAgent('http://proxy:3128', { keepAlive: true, timeout: 4000 });",
    ),
    // freeSocketTimeout 0 leaves the agent's `timeout` on free sockets; with that 0 too, nothing closes them.
    invalid(
      "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 0, timeout: 0 });",
      'new Agent({ freeSocketTimeout: 0, timeout: 0 })',
      "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 4000, timeout: 0 });",
    ),
    // The capped value follows the targets and the file's number style.
    invalid(
      "import http from 'http'; const MAX = 1_000; new http.Agent({ keepAlive: true });",
      'new http.Agent({ keepAlive: true })',
      "import http from 'http'; const MAX = 1_000; new http.Agent({ keepAlive: true, timeout: 74_000 });",
      settings({ servers: ['nginx'] }),
    ),
    invalid(
      "import http from 'http'; new http.Agent({ keepAlive: true });",
      'new http.Agent({ keepAlive: true })',
      "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 2500 });",
      settings({ servers: ['nginx', { name: 'billing-api', idleTimeoutMs: 3000 }], marginMs: 500 }),
    ),
  ],
});
