import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { keepalive as settings, ruleTester } from './rule-tester';

type MessageIds = 'idleTimeoutNotBelowServer' | 'useCappedIdleTimeout';
type Case = InvalidTestCase<MessageIds, []>;

const rule = keepalive.rules['require-idle-timeout-below-server'];
const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

/** One finding spanning `reported` in `code` (a property, or the construction relying on a default), fixed to `output`. */
function invalid(code: string, reported: string, output: string, extra: Partial<Case> = {}): Case {
  return {
    code,
    errors: [{ messageId: 'idleTimeoutNotBelowServer', ...locate(code, reported), suggestions: [{ messageId: 'useCappedIdleTimeout', output }] }],
    ...extra,
  };
}

const invalidCases: Case[] = [
  // An explicit value above the assumed 5 s server, written through a constant: the message names the target.
  {
    code: "import http from 'node:http'; const SECOND = 1000; export const agent = new http.Agent({ keepAlive: true, timeout: 90 * SECOND });",
    errors: [
      {
        messageId: 'idleTimeoutNotBelowServer',
        ...locate("import http from 'node:http'; const SECOND = 1000; export const agent = new http.Agent({ keepAlive: true, timeout: 90 * SECOND });", 'timeout: 90 * SECOND'),
        data: {
          label: '`new http.Agent()`',
          idle: '90 s',
          how: '`timeout`',
          target: 'Node.js (assumed)',
          targetIdle: '5 s',
          capped: '4 s',
          outOfReach: '',
          option: 'timeout',
          value: '4000',
          margin: '1 s',
          failure: 'ECONNRESET, "socket hang up"',
        },
        suggestions: [
          {
            messageId: 'useCappedIdleTimeout',
            output: "import http from 'node:http'; const SECOND = 1000; export const agent = new http.Agent({ keepAlive: true, timeout: 4000 });",
          },
        ],
      },
    ],
  },
  // Above nginx's 75 s; the replacement keeps the exponent form.
  invalid(
    "import https from 'https'; new https.Agent({ keepAlive: true, timeout: 80e3 });",
    'timeout: 80e3',
    "import https from 'https'; new https.Agent({ keepAlive: true, timeout: 74e3 });",
    settings({ servers: ['nginx'] }),
  ),
  // Every pool undici exports: RoundRobinPool and H2CClient take Client's options.
  invalid(
    "import { RoundRobinPool } from 'undici'; new RoundRobinPool('http://api:8080', { keepAliveTimeout: 60_000 });",
    'keepAliveTimeout: 60_000',
    "import { RoundRobinPool } from 'undici'; new RoundRobinPool('http://api:8080', { keepAliveTimeout: 4000 });",
  ),
  invalid(
    "import { H2CClient } from 'undici'; new H2CClient('http://api:8080', { keepAliveTimeout: 60e3 });",
    'keepAliveTimeout: 60e3',
    "import { H2CClient } from 'undici'; new H2CClient('http://api:8080', { keepAliveTimeout: 4e3 });",
  ),
  // undici as fetch's global dispatcher, far above the assumed server.
  invalid(
    "import { Agent, setGlobalDispatcher } from 'undici'; setGlobalDispatcher(new Agent({ keepAliveTimeout: 600e3 }));",
    'keepAliveTimeout: 600e3',
    "import { Agent, setGlobalDispatcher } from 'undici'; setGlobalDispatcher(new Agent({ keepAliveTimeout: 4e3 }));",
  ),
  // agentkeepalive overrides the server's hint with freeSocketTimeout, so 30 s really is 30 s.
  invalid(
    "import Agent from 'agentkeepalive'; export const agent = new Agent({ freeSocketTimeout: 30000 });",
    'freeSocketTimeout: 30000',
    "import Agent from 'agentkeepalive'; export const agent = new Agent({ freeSocketTimeout: 4000 });",
  ),
  invalid(
    "const { HttpsAgent } = require('agentkeepalive'); module.exports = new HttpsAgent({ maxSockets: 20, freeSocketTimeout: 15000 });",
    'freeSocketTimeout: 15000',
    "const { HttpsAgent } = require('agentkeepalive'); module.exports = new HttpsAgent({ maxSockets: 20, freeSocketTimeout: 4000 });",
    script,
  ),
  // freeSocketTimeout 0 is no free-socket timer of its own: the agent's 8 s `timeout` closes free sockets.
  invalid(
    "import Agent from 'agentkeepalive'; export const agent = new Agent({ freeSocketTimeout: 0 });",
    'freeSocketTimeout: 0',
    "import Agent from 'agentkeepalive'; export const agent = new Agent({ freeSocketTimeout: 4000 });",
  ),
  // A legacy name still sets the idle timeout: its value is replaced, the name stays.
  invalid(
    "import Agent from 'agentkeepalive'; new Agent({ keepAliveTimeout: 30000 });",
    'keepAliveTimeout: 30000',
    "import Agent from 'agentkeepalive'; new Agent({ keepAliveTimeout: 4000 });",
  ),
  // Defaults count: agentkeepalive's and undici's 4 s outlast a 3 s server.
  invalid(
    "import Agent from 'agentkeepalive'; const agent = new Agent();",
    'new Agent()',
    "import Agent from 'agentkeepalive'; const agent = new Agent({ freeSocketTimeout: 2000 });",
    settings({ servers: [{ name: 'x', idleTimeoutMs: 3000 }] }),
  ),
  invalid(
    "import { Agent } from 'undici'; const dispatcher = new Agent();",
    'new Agent()',
    "import { Agent } from 'undici'; const dispatcher = new Agent({ keepAliveTimeout: 2000 });",
    settings({ servers: [{ name: 'x', idleTimeoutMs: 3000 }] }),
  ),
  invalid(
    "import { Pool } from 'undici'; export const pool = new Pool('http://billing:8080', { connections: 10 });",
    "new Pool('http://billing:8080', { connections: 10 })",
    "import { Pool } from 'undici'; export const pool = new Pool('http://billing:8080', { connections: 10, keepAliveTimeout: 1000 });",
    settings({ servers: ['nginx', { name: 'gunicorn-app', idleTimeoutMs: 2000 }] }),
  ),
  // The shortest target wins, with the configured margin.
  invalid(
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 5000 });",
    'timeout: 5000',
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 2500 });",
    settings({ servers: ['nginx', { name: 'billing-api', idleTimeoutMs: 3000 }], marginMs: 500 }),
  ),
  // Node 26 servers keep idle connections for 65 s: 70 s is still too long; the file's separators are kept.
  invalid(
    "import http from 'node:http'; new http.Agent({ keepAlive: true, timeout: 70_000 });",
    'timeout: 70_000',
    "import http from 'node:http'; new http.Agent({ keepAlive: true, timeout: 64_000 });",
    settings({ servers: ['node'], node: '>=26' }),
  ),
  // An L4 device counts like any server for the idle timeout.
  invalid(
    "import { Agent } from 'undici'; new Agent({ keepAliveTimeout: 300_000 });",
    'keepAliveTimeout: 300_000',
    "import { Agent } from 'undici'; new Agent({ keepAliveTimeout: 239_000 });",
    settings({ servers: ['azure-lb'] }),
  ),
  // The value lives in a module-level options object: the finding points there, once, however many pools share it.
  {
    code: "import http from 'http'; import https from 'https'; const shared = { keepAlive: true, timeout: 30000 }; new http.Agent(shared); new https.Agent(shared);",
    errors: [
      {
        messageId: 'idleTimeoutNotBelowServer',
        ...locate("import http from 'http'; import https from 'https'; const shared = { keepAlive: true, timeout: 30000 }; new http.Agent(shared); new https.Agent(shared);", 'timeout: 30000'),
        suggestions: [
          {
            messageId: 'useCappedIdleTimeout',
            output: "import http from 'http'; import https from 'https'; const shared = { keepAlive: true, timeout: 4000 }; new http.Agent(shared); new https.Agent(shared);",
          },
        ],
      },
    ],
  },
  // Multi-line options with a comment: only the value changes.
  invalid(
    "import http from 'node:http';\nexport const agent = new http.Agent({\n  keepAlive: true,\n  timeout: 30_000, // half a minute\n});\n",
    'timeout: 30_000',
    "import http from 'node:http';\nexport const agent = new http.Agent({\n  keepAlive: true,\n  timeout: 4000, // half a minute\n});\n",
  ),
  // Agents built on http.Agent.
  invalid(
    "import { HttpsProxyAgent } from 'hpagent'; new HttpsProxyAgent({ keepAlive: true, timeout: 60000, proxy: 'http://proxy:3128' });",
    'timeout: 60000',
    "import { HttpsProxyAgent } from 'hpagent'; new HttpsProxyAgent({ keepAlive: true, timeout: 4000, proxy: 'http://proxy:3128' });",
  ),
];

ruleTester.run('require-idle-timeout-below-server', rule, {
  valid: [
    // The capped value itself, and anything below it.
    "import http from 'node:http'; new http.Agent({ keepAlive: true, timeout: 4000 });",
    "import http from 'node:http'; new http.Agent({ keepAlive: true, timeout: 1500 });",
    { code: "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 74_000 });", ...settings({ servers: ['nginx'] }) },
    // Defaults that are already at the cap: agentkeepalive and undici keep idle sockets 4 s.
    "import Agent from 'agentkeepalive'; new Agent();",
    "import { Agent, Pool } from 'undici'; new Agent(); new Pool('http://api');",
    // Not pooled: Node's agent without keepAlive closes each socket after its response; undici with pipelining 0 too.
    "import http from 'http'; new http.Agent({ timeout: 90000 });",
    "import http from 'http'; new http.Agent({ keepAlive: false, timeout: 90000 });",
    "import { Agent } from 'undici'; new Agent({ pipelining: 0, keepAliveTimeout: 600e3 });",
    // No idle timeout at all is require-idle-timeout's finding, not this one.
    "import http from 'http'; new http.Agent({ keepAlive: true });",
    // Values that cannot be seen are never reported.
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: Number(process.env.IDLE_MS) });",
    "import http from 'http'; export function make(timeout: number) { return new http.Agent({ keepAlive: true, timeout }); }",
    "import http from 'http'; declare const overrides: object; new http.Agent({ keepAlive: true, timeout: 30000, ...overrides });",
    "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: '30s' });",
    "import { Agent } from 'undici'; declare const base: object; new Agent({ ...base, keepAliveTimeout: 600e3 });",
    // Targets that never close idle connections need nothing below them.
    { code: "import { Agent } from 'undici'; new Agent({ keepAliveTimeout: 600e3 });", ...settings({ servers: ['go-net-http'] }) },
    // Look-alikes are not pools this plugin knows.
    "import { Agent } from './my-agent'; new Agent({ keepAlive: true, timeout: 90000 });",
    "import { Pool } from 'pg'; new Pool({ keepAlive: true, idleTimeoutMillis: 600000 });",
  ],
  invalid: invalidCases,
});

