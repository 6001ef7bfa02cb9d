import assert from 'node:assert/strict';
import type { InvalidTestCase, TestCaseError } from '@typescript-eslint/rule-tester';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { keepalive as settings, ruleTester } from './rule-tester';

type MessageIds = 'tcpKeepAliveIsNotIdleTimeout' | 'addIdleTimeout' | 'tcpKeepAliveTruncated' | 'useWholeSecond';
type Case = InvalidTestCase<MessageIds, []>;

const rule = keepalive.rules['no-tcp-keepalive-as-idle-timeout'];
const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

/** TCP keepalive set where an idle timeout was meant: reported on `property`, fixed by adding the idle timeout. */
function mistaken(code: string, property: string, output: string): TestCaseError<MessageIds> {
  return { messageId: 'tcpKeepAliveIsNotIdleTimeout', ...locate(code, property), suggestions: [{ messageId: 'addIdleTimeout', output }] };
}

/** A delay under 1000 ms: reported on `property`, fixed by the shortest delay that works. */
function truncated(code: string, property: string, output: string): TestCaseError<MessageIds> {
  return { messageId: 'tcpKeepAliveTruncated', ...locate(code, property), suggestions: [{ messageId: 'useWholeSecond', output }] };
}

const LAB = "import http from 'node:http'; new http.Agent({ keepAlive: true, keepAliveMsecs: 100 });";

const invalidCases: Case[] = [
  // The classic mix-up: a "keep-alive time" in keepAliveMsecs and no idle timeout. The message names the target.
  {
    code: "import http from 'node:http'; export const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 4000 });",
    errors: [
      {
        ...mistaken(
          "import http from 'node:http'; export const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 4000 });",
          'keepAliveMsecs: 4000',
          "import http from 'node:http'; export const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 4000, timeout: 4000 });",
        ),
        data: {
          tcpOption: 'keepAliveMsecs',
          label: '`new http.Agent()`',
          option: 'timeout',
          target: 'Node.js (assumed)',
          targetIdle: '5 s',
          margin: '1 s',
          value: '4000',
        },
      },
    ],
  },
  // The lab's client: both findings on the same property, each with its own edit.
  {
    code: LAB,
    errors: [
      mistaken(LAB, 'keepAliveMsecs: 100', "import http from 'node:http'; new http.Agent({ keepAlive: true, keepAliveMsecs: 100, timeout: 4000 });"),
      truncated(LAB, 'keepAliveMsecs: 100', "import http from 'node:http'; new http.Agent({ keepAlive: true, keepAliveMsecs: 1000 });"),
    ],
  },
  // Truncation alone, with an idle timeout in place.
  {
    code: "import https from 'https'; new https.Agent({ keepAlive: true, timeout: 4000, keepAliveMsecs: 500 });",
    errors: [
      truncated(
        "import https from 'https'; new https.Agent({ keepAlive: true, timeout: 4000, keepAliveMsecs: 500 });",
        'keepAliveMsecs: 500',
        "import https from 'https'; new https.Agent({ keepAlive: true, timeout: 4000, keepAliveMsecs: 1000 });",
      ),
    ],
  },
  // undici's TCP option is nested under `connect`.
  {
    code: "import { Agent } from 'undici'; new Agent({ connect: { keepAliveInitialDelay: 500 } });",
    errors: [
      truncated(
        "import { Agent } from 'undici'; new Agent({ connect: { keepAliveInitialDelay: 500 } });",
        'keepAliveInitialDelay: 500',
        "import { Agent } from 'undici'; new Agent({ connect: { keepAliveInitialDelay: 1000 } });",
      ),
    ],
  },
  // agentkeepalive with both its free-socket timer and its socket timeout turned off: the value is replaced.
  {
    code: "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 0, timeout: 0, keepAliveMsecs: 60000 });",
    errors: [
      mistaken(
        "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 0, timeout: 0, keepAliveMsecs: 60000 });",
        'keepAliveMsecs: 60000',
        "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 4000, timeout: 0, keepAliveMsecs: 60000 });",
      ),
    ],
  },
  // A proxy agent in front of nginx, in a file that uses numeric separators.
  {
    code: "import { HttpsProxyAgent } from 'https-proxy-agent'; new HttpsProxyAgent('http://proxy:3128', { keepAlive: true, keepAliveMsecs: 10_000 });",
    errors: [
      mistaken(
        "import { HttpsProxyAgent } from 'https-proxy-agent'; new HttpsProxyAgent('http://proxy:3128', { keepAlive: true, keepAliveMsecs: 10_000 });",
        'keepAliveMsecs: 10_000',
        "import { HttpsProxyAgent } from 'https-proxy-agent'; new HttpsProxyAgent('http://proxy:3128', { keepAlive: true, keepAliveMsecs: 10_000, timeout: 74_000 });",
      ),
    ],
    ...settings({ servers: ['nginx'] }),
  },
  // CommonJS, options kept in a constant over several lines.
  {
    code: "const http = require('http');\nconst options = {\n  keepAlive: true,\n  keepAliveMsecs: 30000, // keep connections warm\n};\nmodule.exports = new http.Agent(options);\n",
    errors: [
      mistaken(
        "const http = require('http');\nconst options = {\n  keepAlive: true,\n  keepAliveMsecs: 30000, // keep connections warm\n};\nmodule.exports = new http.Agent(options);\n",
        'keepAliveMsecs: 30000',
        "const http = require('http');\nconst options = {\n  keepAlive: true,\n  keepAliveMsecs: 30000, // keep connections warm\n  timeout: 4000,\n};\nmodule.exports = new http.Agent(options);\n",
      ),
    ],
    ...script,
  },
];

ruleTester.run('no-tcp-keepalive-as-idle-timeout', rule, {
  valid: [
    // TCP keepalive next to a real idle timeout is fine (it detects dead peers; it is just not an idle timeout).
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 4000, keepAliveMsecs: 30000 });",
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 4000, keepAliveMsecs: 1500 });",
    // 0 is replaced by Node's 1000 default: not a truncation.
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 4000, keepAliveMsecs: 0 });",
    // agentkeepalive and undici close idle sockets by default.
    "import Agent from 'agentkeepalive'; new Agent({ keepAliveMsecs: 4000 });",
    "import { Agent } from 'undici'; new Agent({ connect: { keepAliveInitialDelay: 10_000 } });",
    "import { Agent } from 'undici'; new Agent({ connect: { keepAliveInitialDelay: 0 } });",
    // Not pooled: Node's agent without keepAlive never uses keepAliveMsecs.
    "import http from 'http'; new http.Agent({ keepAliveMsecs: 100 });",
    // No TCP option written: a missing idle timeout alone is require-idle-timeout's finding.
    "import http from 'http'; new http.Agent({ keepAlive: true });",
    // Values and options that cannot be seen.
    "import http from 'http'; new http.Agent({ keepAlive: true, keepAliveMsecs: Number(process.env.TCP_KEEPALIVE_MS) });",
    "import http from 'http'; declare const later: object; new http.Agent({ keepAlive: true, keepAliveMsecs: 4000, ...later });",
    "import { Agent } from 'undici'; import { connect } from './connector'; new Agent({ connect });",
    // Targets that never close idle connections.
    { code: "import http from 'http'; new http.Agent({ keepAlive: true, keepAliveMsecs: 4000 });", ...settings({ servers: ['go-net-http'] }) },
    // Look-alikes.
    "import { Agent } from './my-agent'; new Agent({ keepAlive: true, keepAliveMsecs: 4000 });",
    "import net from 'node:net'; net.connect({ port: 80, keepAlive: true, keepAliveInitialDelay: 500 });",
  ],
  invalid: invalidCases,
});


describe('no-tcp-keepalive-as-idle-timeout next to require-idle-timeout', () => {
  const code = "import http from 'node:http'; new http.Agent({ keepAlive: true, keepAliveMsecs: 4000 });";
  const config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { keepalive },
    rules: { 'keepalive/require-idle-timeout': 'error', 'keepalive/no-tcp-keepalive-as-idle-timeout': 'error' },
  } as Linter.Config;

  it('reports the construction and the TCP option once each, and one suggestion clears both', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(code, [config], 'file.ts');
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.column]),
      [
        ['keepalive/require-idle-timeout', code.indexOf('new http.Agent') + 1],
        ['keepalive/no-tcp-keepalive-as-idle-timeout', code.indexOf('keepAliveMsecs') + 1],
      ],
    );
    const fix = messages[1]!.suggestions![0]!.fix;
    const fixed = code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
    assert.deepEqual(linter.verify(fixed, [config], 'file.ts'), []);
  });
});
