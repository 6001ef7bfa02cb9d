import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { locate } from './locate';
import { keepalive as settings, ruleTester } from './rule-tester';

const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

/** Behind an AWS ALB (60 s idle), on Node.js 22 (5 s default). */
const behindAlb = settings({ frontedBy: ['aws-alb'], node: '22' });

type Suggestion = { messageId: 'setKeepAliveTimeout' | 'bindAndSetKeepAliveTimeout'; output: string };

/** One finding on `snippet` (the server-creating call) with its suggestion, or none. */
function invalid(code: string, snippet: string, suggestion: Suggestion | null, extra: object = behindAlb) {
  return {
    code,
    errors: [{ messageId: 'serverIdleBelowBalancer' as const, ...locate(code, snippet), suggestions: suggestion ? [suggestion] : [] }],
    ...extra,
  };
}

const set = (output: string): Suggestion => ({ messageId: 'setKeepAliveTimeout', output });
const bind = (output: string): Suggestion => ({ messageId: 'bindAndSetKeepAliveTimeout', output });

const invalidCases = [
  // No Node.js version anywhere (no settings, no engines.node above the file): 18 and later is assumed, which
  // spans the 5 s and 65 s defaults, so the lower counts. The message says where each number comes from.
  {
    code: `import express from 'express';
const server = express().listen(3000);`,
    filename: '/keepalive-no-engines/server.ts',
    ...settings({ frontedBy: ['aws-alb'] }),
    errors: [
      {
        messageId: 'serverIdleBelowBalancer' as const,
        data: {
          label: '`express().listen()`',
          serverIdle: '5 s',
          basis: 'the Node.js default on Node.js <26',
          balancer: 'AWS Application Load Balancer',
          balancerIdle: '60 s',
          required: '61 s',
          margin: '1 s',
          value: '65000',
          headroom: '5 s',
        },
        line: 2,
        column: 16,
        endLine: 2,
        endColumn: 38,
        suggestions: [
          set(`import express from 'express';
const server = express().listen(3000);
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;`),
        ],
      },
    ],
  },
  // Express: `app.listen()` dropped as a statement; the suggestion keeps the server in a variable.
  invalid(
    `import express from 'express';
const app = express();
app.listen(3000);`,
    'app.listen(3000)',
    bind(`import express from 'express';
const app = express();
const server = app.listen(3000);
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;`),
  ),
  // Express, server kept: the lines go after the statement and its trailing comment.
  invalid(
    `const express = require('express');
const app = express();
const server = app.listen(process.env.PORT, () => console.log('up')); // start
server.on('error', console.error);`,
    "app.listen(process.env.PORT, () => console.log('up'))",
    set(`const express = require('express');
const app = express();
const server = app.listen(process.env.PORT, () => console.log('up')); // start
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;
server.on('error', console.error);`),
    { ...behindAlb, ...script },
  ),
  // An assignment the code already makes gets the new value, wherever it is.
  invalid(
    `import http from 'node:http';
const server = http.createServer((req, res) => res.end('ok'));
server.listen(8080);
server.keepAliveTimeout = 30_000;`,
    "http.createServer((req, res) => res.end('ok'))",
    set(`import http from 'node:http';
const server = http.createServer((req, res) => res.end('ok'));
server.headersTimeout = 66_000;
server.listen(8080);
server.keepAliveTimeout = 65_000;`),
  ),
  // Both timeouts assigned too low: both are raised in place, even though the server is returned.
  invalid(
    `import { createServer } from 'http';
export function start() {
  const server = createServer((req, res) => res.end());
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 6000;
  return server.listen(3000);
}`,
    'createServer((req, res) => res.end())',
    set(`import { createServer } from 'http';
export function start() {
  const server = createServer((req, res) => res.end());
  server.keepAliveTimeout = 65000;
  server.headersTimeout = 66000;
  return server.listen(3000);
}`),
  ),
  // createServer's option is honoured from Node.js 18: replaced in place on 20+.
  invalid(
    `import http from 'node:http';
const server = http.createServer({ keepAliveTimeout: 30_000 }, (req, res) => res.end());`,
    'http.createServer({ keepAliveTimeout: 30_000 }, (req, res) => res.end())',
    set(`import http from 'node:http';
const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => res.end());
server.headersTimeout = 66_000;`),
    settings({ frontedBy: ['aws-alb'], node: '>=20' }),
  ),
  // ...but Node.js 16 ignores it (5 s): an assignment works on every version.
  invalid(
    `import http from 'node:http';
const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => res.end());`,
    'http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => res.end())',
    set(`import http from 'node:http';
const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => res.end());
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;`),
    settings({ frontedBy: ['aws-alb'], node: '>=16' }),
  ),
  // `http.createServer(h).listen(port)` returns the server: it is bound like `app.listen()`.
  invalid(
    `import http from 'http';
function handler(req: http.IncomingMessage, res: http.ServerResponse) { res.end(); }
http.createServer(handler).listen(8080);`,
    'http.createServer(handler)',
    bind(`import http from 'http';
function handler(req: http.IncomingMessage, res: http.ServerResponse) { res.end(); }
const server = http.createServer(handler).listen(8080);
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;`),
  ),
  // `server` is taken: the next name is used.
  invalid(
    `import express from 'express';
const server = 'api';
express().listen(3000);`,
    'express().listen(3000)',
    bind(`import express from 'express';
const server = 'api';
const httpServer = express().listen(3000);
httpServer.keepAliveTimeout = 65000;
httpServer.headersTimeout = 66000;`),
  ),
  // A statement that cannot become a declaration: reported without a suggestion.
  invalid(
    `import express from 'express';
const app = express();
if (process.env.START) app.listen(3000);`,
    'app.listen(3000)',
    null,
  ),
  // Koa and `new http.Server`, through the TypeScript wrappers code puts around them.
  invalid(
    `import Koa from 'koa';
import type { Server } from 'node:http';
const app = new Koa();
const server = app.listen(3000) as Server;`,
    'app.listen(3000)',
    set(`import Koa from 'koa';
import type { Server } from 'node:http';
const app = new Koa();
const server = app.listen(3000) as Server;
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;`),
  ),
  invalid(
    `import https from 'node:https';
import express from 'express';
const app = express();
const tls = { key: 'k', cert: 'c' };
const server = new https.Server(tls, app);
server.headersTimeout = 120_000;`,
    'new https.Server(tls, app)',
    set(`import https from 'node:https';
import express from 'express';
const app = express();
const tls = { key: 'k', cert: 'c' };
const server = new https.Server(tls, app);
server.keepAliveTimeout = 65_000;
server.headersTimeout = 120_000;`),
  ),
  // Fastify (72 s) behind Google's backend keep-alive (600 s): the constructor option is set.
  invalid(
    `import Fastify from 'fastify';
const app = Fastify({ logger: true });
await app.listen({ port: 3000 });`,
    'Fastify({ logger: true })',
    set(`import Fastify from 'fastify';
const app = Fastify({ logger: true, keepAliveTimeout: 605000 });
app.server.headersTimeout = 606000;
await app.listen({ port: 3000 });`),
    settings({ frontedBy: ['gcp-alb-backend'], node: '22' }),
  ),
  invalid(
    `const fastify = require('fastify')({ keepAliveTimeout: 30000 });`,
    "require('fastify')({ keepAliveTimeout: 30000 })",
    set(`const fastify = require('fastify')({ keepAliveTimeout: 65000 });
fastify.server.headersTimeout = 66000;`),
    { ...behindAlb, ...script },
  ),
  // Fastify kept nowhere, behind a balancer of the user's own: the option is set; no name to assign headersTimeout on.
  invalid(
    `import Fastify from 'fastify';
Fastify({ logger: true }).listen({ port: 3000 });`,
    'Fastify({ logger: true })',
    set(`import Fastify from 'fastify';
Fastify({ logger: true, keepAliveTimeout: 95000 }).listen({ port: 3000 });`),
    settings({ frontedBy: [{ name: 'edge-proxy', idleTimeoutMs: 90_000 }], node: '22' }),
  ),
  // hapi: the Node.js server is `server.listener`.
  invalid(
    `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.listener.keepAliveTimeout = 30000;
server.listener.headersTimeout = 31000;`,
    'Hapi.server({ port: 3000 })',
    set(`import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.listener.keepAliveTimeout = 65000;
server.listener.headersTimeout = 66000;`),
  ),
  // The longest balancer counts, and a wider margin widens the suggested value past it.
  invalid(
    `import express from 'express';
const server = express().listen(3000);`,
    'express().listen(3000)',
    set(`import express from 'express';
const server = express().listen(3000);
server.keepAliveTimeout = 86000;
server.headersTimeout = 87000;`),
    settings({ frontedBy: ['aws-alb', 'azure-app-gateway', 'aws-nlb'], marginMs: 10000, node: '22' }),
  ),
  // Behind Google's 600 s backend keep-alive a plain Node.js server cannot take `headersTimeout` above
  // `requestTimeout` (300 s): only `keepAliveTimeout` is set.
  invalid(
    `import express from 'express';
const server = express().listen(3000);`,
    'express().listen(3000)',
    set(`import express from 'express';
const server = express().listen(3000);
server.keepAliveTimeout = 605000;`),
    settings({ frontedBy: ['gcp-alb-backend'], node: '22' }),
  ),
];

ruleTester.run('require-server-idle-above-balancer', keepalive.rules['require-server-idle-above-balancer'], {
  valid: [
    // Nothing in front: the rule has no balancer to compare with.
    "import express from 'express'; express().listen(3000);",
    { code: "import express from 'express'; express().listen(3000);", ...settings({ servers: ['nginx'] }) },
    // Only L4 devices in front: they pool nothing.
    { code: "import express from 'express'; express().listen(3000);", ...settings({ frontedBy: ['aws-nlb'], node: '22' }) },
    // Above the balancer.
    { code: "import express from 'express'; const server = express().listen(3000); server.keepAliveTimeout = 65_000;", ...behindAlb },
    { code: "import http from 'http'; const s = http.createServer({ keepAliveTimeout: 65000 }, () => {});", ...settings({ frontedBy: ['aws-alb'], node: '>=18' }) },
    // Node.js 26 keeps idle connections 65 s by default; Fastify 72 s.
    { code: "import http from 'http'; http.createServer(() => {}).listen(80);", ...settings({ frontedBy: ['aws-alb'], node: '26' }) },
    { code: "import Fastify from 'fastify'; const app = Fastify(); app.listen({ port: 3000 });", ...behindAlb },
    // 0 turns the keep-alive timer off: the server never closes first.
    { code: "import express from 'express'; const server = express().listen(3000); server.keepAliveTimeout = 0;", ...behindAlb },
    // Unknown: never reported.
    { code: "import http from 'http'; import app from './app'; http.createServer(app).listen(3000);", ...behindAlb },
    { code: "import express from 'express'; const server = express().listen(3000); server.keepAliveTimeout = Number(process.env.IDLE_MS);", ...behindAlb },
    { code: "import express from 'express'; const server = express().listen(3000); server.keepAliveTimeout = 5000; if (process.env.SLOW) server.keepAliveTimeout = 90000;", ...behindAlb },
    // The server leaves the file: code elsewhere may set its timeouts.
    { code: "import express from 'express'; import { tune } from './tune'; const server = express().listen(3000); tune(server);", ...behindAlb },
    { code: "import express from 'express'; export const server = express().listen(3000);", ...behindAlb },
    { code: "const Koa = require('koa'); module.exports = new Koa().listen(3000);", ...behindAlb, ...script },
    // The framework runs the user's own server.
    { code: "import Fastify from 'fastify'; import { factory } from './factory'; Fastify({ serverFactory: factory });", ...behindAlb },
    { code: "import Hapi from '@hapi/hapi'; import { listener } from './listener'; Hapi.server({ listener });", ...behindAlb },
    // Look-alikes.
    { code: "import { createServer } from './http'; createServer(() => {}).listen(3000);", ...behindAlb },
    { code: "import express from 'express-lite'; express().listen(3000);", ...behindAlb },
    { code: "const app = { listen() {} }; app.listen(3000);", ...behindAlb },
    { code: "import net from 'node:net'; net.createServer(() => {}).listen(3000);", ...behindAlb },
  ],
  invalid: invalidCases,
});

