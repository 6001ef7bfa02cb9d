import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { keepalive as settings, ruleTester } from './rule-tester';

const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

/** A service still deployed on Node.js 12.18 (before the fix in 12.19.0). */
const node12 = settings({ node: '12.18' });

/** One finding on the `headersTimeout` assignment `snippet` (its `occurrence`-th), with the suggestion's output. */
function invalid(code: string, [snippet, occurrence = 0]: [string, number?], output: string, extra: object = node12) {
  return {
    code,
    errors: [
      { messageId: 'headersTimeoutNotAboveKeepAlive' as const, ...locate(code, snippet, occurrence), suggestions: [{ messageId: 'raiseHeadersTimeout' as const, output }] },
    ],
    ...extra,
  };
}

const invalidCases = [
  // The classic ALB setup of nodejs/node#27363: keepAliveTimeout raised above the balancer, headersTimeout left below.
  invalid(
    `import http from 'node:http';
const server = http.createServer((req, res) => res.end());
server.keepAliveTimeout = 65_000;
server.headersTimeout = 60_000;`,
    ['server.headersTimeout = 60_000'],
    `import http from 'node:http';
const server = http.createServer((req, res) => res.end());
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;`,
  ),
  // Equal is not above: Node.js's own 5 s keep-alive default against a 5 s headers timeout.
  invalid(
    `const express = require('express');
const server = express().listen(3000);
server.headersTimeout = 5000;`,
    ['server.headersTimeout = 5000'],
    `const express = require('express');
const server = express().listen(3000);
server.headersTimeout = 6000;`,
    { ...settings({ node: '>=10' }), ...script },
  ),
  // The createServer option is ignored before Node.js 18: keepAliveTimeout is the 5 s default there.
  invalid(
    `import { createServer } from 'http';
const server = createServer({ keepAliveTimeout: 2000 }, (req, res) => res.end());
server.headersTimeout = 4000;`,
    ['server.headersTimeout = 4000'],
    `import { createServer } from 'http';
const server = createServer({ keepAliveTimeout: 2000 }, (req, res) => res.end());
server.headersTimeout = 6000;`,
    settings({ node: '^12.0.0 || ^13.0.0' }),
  ),
  // Koa on Node.js 13.12. The finding is on the last assignment; every assignment gets the new value.
  invalid(
    `import Koa from 'koa';
const server = new Koa().listen(3000);
server.keepAliveTimeout = 70000;
server.headersTimeout = 30000;
process.on('SIGHUP', () => { server.headersTimeout = 30000; });`,
    ['server.headersTimeout = 30000', 1],
    `import Koa from 'koa';
const server = new Koa().listen(3000);
server.keepAliveTimeout = 70000;
server.headersTimeout = 71000;
process.on('SIGHUP', () => { server.headersTimeout = 71000; });`,
    settings({ node: '13.12' }),
  ),
];

ruleTester.run('require-headers-timeout-above-keepalive', keepalive.rules['require-headers-timeout-above-keepalive'], {
  valid: [
    // Node.js 12.19, 13.13 and later time headers from a request's first byte: the order no longer matters.
    { code: "import http from 'http'; const s = http.createServer(() => {}); s.keepAliveTimeout = 65000; s.headersTimeout = 60000;", ...settings({ node: '>=14' }) },
    { code: "import http from 'http'; const s = http.createServer(() => {}); s.keepAliveTimeout = 65000; s.headersTimeout = 60000;", ...settings({ node: '12.19' }) },
    // No version given (no settings, no engines.node above the file): Node.js 18 or later is assumed.
    { code: "import http from 'http'; const s = http.createServer(() => {}); s.keepAliveTimeout = 65000; s.headersTimeout = 60000;", filename: '/keepalive-no-engines/server.ts' },
    // Above keepAliveTimeout.
    { code: "import http from 'http'; const s = http.createServer(() => {}); s.keepAliveTimeout = 65000; s.headersTimeout = 66000;", ...node12 },
    // Set through createServer options, which Node.js 12 ignores: nothing changes there.
    { code: "import http from 'http'; http.createServer({ headersTimeout: 1000 }, () => {}).listen(80);", ...node12 },
    // 0 switches the headers timer off; Node's own 60 s default is not this rule's business.
    { code: "import http from 'http'; const s = http.createServer(() => {}); s.keepAliveTimeout = 65000; s.headersTimeout = 0;", ...node12 },
    { code: "import http from 'http'; const s = http.createServer(() => {}); s.keepAliveTimeout = 65000;", ...node12 },
    // Unknown values are never reported.
    { code: "import http from 'http'; const s = http.createServer(() => {}); s.headersTimeout = Number(process.env.HEADERS_MS);", ...node12 },
    { code: "import http from 'http'; import h from './h'; const s = http.createServer(h); s.keepAliveTimeout = Number(process.env.KA); s.headersTimeout = 1000;", ...node12 },
    // Look-alike: not a Node.js server.
    { code: "const s = { headersTimeout: 0, keepAliveTimeout: 0 }; s.keepAliveTimeout = 65000; s.headersTimeout = 1000;", ...node12 },
  ],
  invalid: invalidCases,
});

