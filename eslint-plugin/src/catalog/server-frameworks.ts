import { servers } from './servers';
import type { IdleTimeoutValue, ServerConcept, ServerDefaults, ServerFramework } from './types';

/**
 * Node.js HTTP servers as code builds them: `http.createServer`, and the frameworks that build one for the app
 * (Express, Koa, Fastify, hapi). Idle timeouts come from `servers.ts` (one number, one place); the rest was read
 * from Node.js v20.20.2's own `lib/_http_server.js` and each framework's source at the commit named.
 */

const NODE_SERVER = 'nodejs/node:lib/_http_server.js storeHTTPOptions()';
const CREATE_SERVER_OPTIONS = 'nodejs/node:doc/api/http.md http.createServer() changes (v18.0.0, PR #41263: requestTimeout, headersTimeout, keepAliveTimeout options)';

/** The Node.js server properties code assigns after construction (`server.keepAliveTimeout = 65000`). */
export const serverProperties: Readonly<Record<string, ServerConcept>> = {
  keepAliveTimeout: 'keepAliveTimeoutMs',
  headersTimeout: 'headersTimeoutMs',
  requestTimeout: 'requestTimeoutMs',
};

function idleTimeoutsOf(id: string): readonly IdleTimeoutValue[] {
  const entry = servers.find((server) => server.id === id);
  if (!entry) throw new Error(`server-frameworks: servers.ts has no entry '${id}'`);
  return entry.idleTimeout;
}

const nodeDefaults: Readonly<Record<ServerConcept, ServerDefaults>> = {
  keepAliveTimeoutMs: { of: 'node', values: idleTimeoutsOf('node') },
  headersTimeoutMs: {
    of: 'node',
    values: [{ versions: '*', ms: 60000, source: `${NODE_SERVER} (MathMin(60_000, requestTimeout), v20.20.2; 40 s before PR #30071)` }],
  },
  requestTimeoutMs: {
    of: 'node',
    values: [
      { versions: '>=18', ms: 300000, source: `${NODE_SERVER} (300_000, v20.20.2; since v18.0.0, PR #41263)` },
      { versions: '<18', ms: null, source: 'nodejs/node PR #41263 doc change ("from no timeout to 300s"): 0 before v18' },
    ],
  },
};

/** What `0` means for a Node.js server: the timer is off. */
const nodeZero = {
  keepAliveTimeoutMs: { effect: 'unlimited', source: 'nodejs/node:doc/api/http.md server.keepAliveTimeout ("A value of 0 will disable the keep-alive timeout behavior")' },
  headersTimeoutMs: { effect: 'unlimited', source: 'nodejs/node:src/node_http_parser.cc ConnectionsList::Expired (headers_timeout 0: no deadline)' },
  requestTimeoutMs: { effect: 'unlimited', source: 'nodejs/node:src/node_http_parser.cc ConnectionsList::Expired (request_timeout 0: no deadline)' },
} as const;

/** Express and Koa build a plain Node.js server in `app.listen()`, with Node's defaults. */
const listensWithNodeDefaults = {
  idleSetting: 'keepAliveTimeout',
  handle: { kind: 'method-result', method: 'listen' },
  options: {},
  replacedBy: [],
  optionFor: {},
  defaults: nodeDefaults,
  zeroMeans: nodeZero,
} as const;

export const nodeHttp: ServerFramework = {
  id: 'node-http',
  idleSetting: 'keepAliveTimeout',
  name: 'Node.js http.Server',
  modules: ['http', 'node:http', 'https', 'node:https'],
  constructors: [
    { path: ['createServer'], call: true, construct: false, optionsIndex: 0, listenerMayReplaceOptions: true },
    { path: ['Server'], call: true, construct: true, optionsIndex: 0, listenerMayReplaceOptions: true },
  ],
  handle: { kind: 'self' },
  options: {
    keepAliveTimeout: { concept: 'keepAliveTimeoutMs', nodeVersions: '>=18', source: CREATE_SERVER_OPTIONS },
    headersTimeout: { concept: 'headersTimeoutMs', nodeVersions: '>=18', source: CREATE_SERVER_OPTIONS },
    requestTimeout: { concept: 'requestTimeoutMs', nodeVersions: '>=18', source: CREATE_SERVER_OPTIONS },
  },
  replacedBy: [],
  optionFor: {},
  defaults: nodeDefaults,
  zeroMeans: nodeZero,
  source: NODE_SERVER,
};

export const express: ServerFramework = {
  id: 'express',
  name: 'Express',
  modules: ['express'],
  constructors: [{ path: [], call: true, construct: false, optionsIndex: null }],
  ...listensWithNodeDefaults,
  source: 'expressjs/express:lib/application.js app.listen() (http.createServer(this), then server.listen)',
};

export const koa: ServerFramework = {
  id: 'koa',
  name: 'Koa',
  modules: ['koa'],
  constructors: [
    { path: [], call: false, construct: true, optionsIndex: null },
    { path: ['default'], call: false, construct: true, optionsIndex: null },
  ],
  ...listensWithNodeDefaults,
  source: 'koajs/koa:lib/application.js listen() (http.createServer(this.callback()), then server.listen)',
};

const FASTIFY = 'fastify/fastify@83e6976';

export const fastify: ServerFramework = {
  id: 'fastify',
  idleSetting: 'keepAliveTimeout',
  name: 'Fastify',
  modules: ['fastify'],
  constructors: [
    { path: [], call: true, construct: false, optionsIndex: 0 },
    { path: ['fastify'], call: true, construct: false, optionsIndex: 0 },
    { path: ['default'], call: true, construct: false, optionsIndex: 0 },
  ],
  handle: { kind: 'property', property: 'server' },
  options: {
    keepAliveTimeout: { concept: 'keepAliveTimeoutMs', source: `${FASTIFY}:lib/server.js:338 (server.keepAliveTimeout = options.keepAliveTimeout)` },
    requestTimeout: { concept: 'requestTimeoutMs', source: `${FASTIFY}:lib/server.js:339 (server.requestTimeout = options.requestTimeout)` },
    'http.headersTimeout': {
      concept: 'headersTimeoutMs',
      nodeVersions: '>=18',
      source: `${FASTIFY}:lib/server.js:337 (http.createServer(options.http, httpHandler)); ${CREATE_SERVER_OPTIONS}`,
    },
  },
  // Fastify then builds no HTTP/1 server of its own, or none it sets keepAliveTimeout on (lib/server.js:308-333).
  replacedBy: ['serverFactory', 'http2'],
  optionFor: { keepAliveTimeoutMs: 'keepAliveTimeout' },
  defaults: {
    keepAliveTimeoutMs: { of: 'framework', values: idleTimeoutsOf('fastify') },
    headersTimeoutMs: nodeDefaults.headersTimeoutMs,
    requestTimeoutMs: {
      of: 'framework',
      values: [{ versions: '*', ms: null, source: `${FASTIFY}:lib/config-validator.js:1158 (defaultInitOptions requestTimeout 0: no limit)` }],
    },
  },
  zeroMeans: {
    keepAliveTimeoutMs: { effect: 'default', source: `${FASTIFY}:fastify.js:900 (options.keepAliveTimeout || defaultInitOptions.keepAliveTimeout)` },
    headersTimeoutMs: nodeZero.headersTimeoutMs,
    requestTimeoutMs: { effect: 'unlimited', source: `${FASTIFY}:fastify.js:902 (options.requestTimeout || 0)` },
  },
  source: `${FASTIFY}:lib/server.js getServerInstance()`,
};

export const hapi: ServerFramework = {
  id: 'hapi',
  idleSetting: 'keepAliveTimeout',
  name: 'hapi',
  modules: ['@hapi/hapi', 'hapi'],
  constructors: [
    { path: ['server'], call: true, construct: false, optionsIndex: 0 },
    { path: ['Server'], call: false, construct: true, optionsIndex: 0 },
  ],
  handle: { kind: 'property', property: 'listener' },
  options: {},
  // `listener` is the user's own Node.js server: its settings are made elsewhere.
  replacedBy: ['listener'],
  optionFor: {},
  defaults: nodeDefaults,
  zeroMeans: nodeZero,
  source: 'hapijs/hapi:lib/core.js _createListener() (settings.listener, else Http(s).createServer() with no timeouts set)',
};

export const serverFrameworks: readonly ServerFramework[] = [nodeHttp, express, koa, fastify, hapi];
