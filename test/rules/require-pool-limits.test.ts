import assert from 'node:assert/strict';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { ruleTester } from './rule-tester';

type MessageIds = 'unboundedPool' | 'setPoolLimit';
type Options = [{ maxSockets?: number }];
type Case = InvalidTestCase<MessageIds, Options>;

const rule = keepalive.rules['require-pool-limits'];
const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

/** One unbounded pool, reported on `reported` (the construction, or the property that means "no limit"). */
function invalid(code: string, reported: string, output: string, extra: Partial<Case> = {}): Case {
  return { code, errors: [{ messageId: 'unboundedPool', ...locate(code, reported), suggestions: [{ messageId: 'setPoolLimit', output }] }], ...extra };
}

const invalidCases: Case[] = [
  // Node's keep-alive agent: Infinity sockets per origin and in total. The message says which options are missing.
  {
    code: "import http from 'node:http'; export const agent = new http.Agent({ keepAlive: true, timeout: 4000 });",
    errors: [
      {
        messageId: 'unboundedPool',
        ...locate("import http from 'node:http'; export const agent = new http.Agent({ keepAlive: true, timeout: 4000 });", 'new http.Agent({ keepAlive: true, timeout: 4000 })'),
        data: { label: '`new http.Agent()`', why: '`maxSockets` and `maxTotalSockets` unset: no limit', option: 'maxSockets', value: '50' },
        suggestions: [
          {
            messageId: 'setPoolLimit',
            output: "import http from 'node:http'; export const agent = new http.Agent({ keepAlive: true, timeout: 4000, maxSockets: 50 });",
          },
        ],
      },
    ],
  },
  // agentkeepalive pools by default.
  invalid("import Agent from 'agentkeepalive'; new Agent();", 'new Agent()', "import Agent from 'agentkeepalive'; new Agent({ maxSockets: 50 });"),
  invalid(
    "const { HttpsAgent } = require('agentkeepalive'); module.exports = new HttpsAgent({ freeSocketTimeout: 4000 });",
    'new HttpsAgent({ freeSocketTimeout: 4000 })',
    "const { HttpsAgent } = require('agentkeepalive'); module.exports = new HttpsAgent({ freeSocketTimeout: 4000, maxSockets: 50 });",
    script,
  ),
  // undici: `connections` unset is unlimited, for an Agent's per-origin pools and for a Pool.
  invalid("import { Agent } from 'undici'; const dispatcher = new Agent();", 'new Agent()', "import { Agent } from 'undici'; const dispatcher = new Agent({ connections: 50 });"),
  invalid(
    "import { Pool } from 'undici'; new Pool('http://orders:8080', { keepAliveTimeout: 4000 });",
    "new Pool('http://orders:8080', { keepAliveTimeout: 4000 })",
    "import { Pool } from 'undici'; new Pool('http://orders:8080', { keepAliveTimeout: 4000, connections: 50 });",
  ),
  invalid(
    "import { BalancedPool } from 'undici'; new BalancedPool(['http://a:8080', 'http://b:8080']);",
    "new BalancedPool(['http://a:8080', 'http://b:8080'])",
    "import { BalancedPool } from 'undici'; new BalancedPool(['http://a:8080', 'http://b:8080'], { connections: 50 });",
  ),
  // Values that mean "no limit" are reported where they are written, and replaced.
  invalid(
    "import http from 'http'; new http.Agent({ keepAlive: true, maxSockets: Infinity });",
    'maxSockets: Infinity',
    "import http from 'http'; new http.Agent({ keepAlive: true, maxSockets: 50 });",
  ),
  invalid("import http from 'http'; new http.Agent({ keepAlive: true, maxSockets: 0 });", 'maxSockets: 0', "import http from 'http'; new http.Agent({ keepAlive: true, maxSockets: 50 });"),
  invalid("import { Agent } from 'undici'; new Agent({ connections: 0 });", 'connections: 0', "import { Agent } from 'undici'; new Agent({ connections: 50 });"),
  // The bound comes from the rule's option.
  invalid(
    "import { HttpsProxyAgent } from 'hpagent'; new HttpsProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128' });",
    "new HttpsProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128' })",
    "import { HttpsProxyAgent } from 'hpagent'; new HttpsProxyAgent({ keepAlive: true, proxy: 'http://proxy:3128', maxSockets: 16 });",
    { options: [{ maxSockets: 16 }] },
  ),
  // Multi-line options.
  invalid(
    "import https from 'node:https';\nexport const agent = new https.Agent({\n  keepAlive: true,\n  timeout: 4000, // below the server's 5 s\n});\n",
    "new https.Agent({\n  keepAlive: true,\n  timeout: 4000, // below the server's 5 s\n})",
    "import https from 'node:https';\nexport const agent = new https.Agent({\n  keepAlive: true,\n  timeout: 4000, // below the server's 5 s\n  maxSockets: 50,\n});\n",
  ),
];

ruleTester.run('require-pool-limits', rule, {
  valid: [
    // Bounded per origin or in total.
    "import http from 'http'; new http.Agent({ keepAlive: true, maxSockets: 50 });",
    "import http from 'http'; new http.Agent({ keepAlive: true, maxTotalSockets: 200 });",
    "import Agent from 'agentkeepalive'; new Agent({ maxSockets: 100, maxFreeSockets: 10 });",
    "import { Agent, Pool } from 'undici'; new Agent({ connections: 1 }); new Pool('http://a', { connections: 10 });",
    // A Client is one connection.
    "import { Client } from 'undici'; new Client('http://ledger:9000');",
    // Not pooled: without keepAlive Node's agent closes every socket after its response.
    "import http from 'http'; new http.Agent(); new http.Agent({ keepAlive: false });",
    "import { Agent } from 'undici'; new Agent({ pipelining: 0 });",
    // Values that cannot be seen, and one the library rejects (maxTotalSockets must be ≥ 1).
    "import http from 'http'; new http.Agent({ keepAlive: true, maxSockets: Number(process.env.MAX_SOCKETS) });",
    "import http from 'http'; export const make = (options: object) => new http.Agent(options);",
    "import http from 'http'; new http.Agent({ keepAlive: true, maxTotalSockets: 0 });",
    // Look-alikes.
    "import { Pool } from 'pg'; new Pool({ max: 10 });",
    "import { Agent } from './my-agent'; new Agent({ keepAlive: true });",
  ],
  invalid: invalidCases,
});


describe('require-pool-limits options', () => {
  it('documents its default bound in meta.defaultOptions and describes its schema', () => {
    assert.deepEqual(rule.meta.defaultOptions, [{ maxSockets: 50 }]);
    const [schema] = rule.meta.schema as unknown as [{ description?: string; properties: { maxSockets: { description?: string; minimum: number } } }];
    assert.ok(schema.description && schema.properties.maxSockets.description);
    assert.equal(schema.properties.maxSockets.minimum, 1);
  });

  it('rejects a bound below one with a clear configuration error', () => {
    const config = { plugins: { keepalive }, rules: { 'keepalive/require-pool-limits': ['error', { maxSockets: 0 }] } } as Linter.Config;
    assert.throws(() => new Linter({ configType: 'flat' }).verify('', [config], 'file.js'), /require-pool-limits[\s\S]*should be >= 1/);
  });
});
