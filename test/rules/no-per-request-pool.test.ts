import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import * as undiciLib from 'undici';
import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { requesters } from 'eslint-plugin-keepalive/catalog';
import { locate } from './locate';
import { ruleTester } from './rule-tester';

const RULE = 'no-per-request-pool';
const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

/** A pool built inside a request's own options: reported on the construction. */
function perRequest(code: string, construction: string, data: Record<string, string>, extra: object = {}) {
  return { code, errors: [{ messageId: 'poolPerRequest' as const, ...locate(code, construction), data }], ...extra };
}

/** A pool built in the function (or loop body) that sends the request, used by nothing else. */
function perRun(code: string, construction: string, data: Record<string, string>, extra: object = {}) {
  return { code, errors: [{ messageId: 'poolPerRun' as const, ...locate(code, construction), data }], ...extra };
}

const HTTPS_KEEPALIVE = "import axios from 'axios'; import https from 'node:https';";

ruleTester.run(RULE, keepalive.rules[RULE], {
  valid: [
    // One pool for the module, shared by every request.
    `${HTTPS_KEEPALIVE} export const api = axios.create({ httpsAgent: new https.Agent({ keepAlive: true, timeout: 4000 }) });`,
    `${HTTPS_KEEPALIVE} const agent = new https.Agent({ keepAlive: true, timeout: 4000 }); export async function getUser(id: string) { return axios.get('https://api/users/' + id, { httpsAgent: agent }); }`,
    // Factories and lazy singletons: the pool outlives the call.
    "import { Agent } from 'undici'; export function makeDispatcher() { return new Agent({ keepAliveTimeout: 4000 }); }",
    "import { Agent } from 'undici'; export function client() { const agent = new Agent(); return (url: string) => fetch(url, { dispatcher: agent }); }",
    "import { Agent } from 'undici'; let agent: Agent | undefined; export function get(url: string) { agent ??= new Agent(); return fetch(url, { dispatcher: agent }); }",
    "import { Agent } from 'undici'; export class Api { private readonly agent = new Agent(); get(url: string) { return fetch(url, { dispatcher: this.agent }); } }",
    `${HTTPS_KEEPALIVE} export async function get(url: string, cache: Map<string, unknown>) { const agent = new https.Agent({ keepAlive: true }); cache.set(url, agent); return axios.get(url, { httpsAgent: agent }); }`,
    // Closed in the same function.
    "import { Agent } from 'undici'; export async function once(url: string) { const agent = new Agent(); try { return await fetch(url, { dispatcher: agent }); } finally { await agent.close(); } }",
    `${HTTPS_KEEPALIVE} export async function once(url: string) { const agent = new https.Agent({ keepAlive: true }); const res = await axios.get(url, { httpsAgent: agent }); agent.destroy(); return res; }`,
    // An agent without keep-alive keeps no idle socket: nothing is left behind (the same as `agent: false`).
    "import https from 'https'; export function insecure(url: string) { return https.request(url, { agent: new https.Agent({ rejectUnauthorized: false }) }); }",
    "import https from 'https'; export function get(url: string, keepAlive: boolean) { return https.request(url, { agent: new https.Agent({ keepAlive }) }); }",
    // Module level, outside any loop: built once.
    "import { Agent } from 'undici'; await fetch('https://api/health', { dispatcher: new Agent() });",
    "import { Agent } from 'undici'; (async () => { await fetch('https://api/health', { dispatcher: new Agent() }); })();",
    // An instance built per call is not a request (and may be kept).
    `${HTTPS_KEEPALIVE} export function api() { return axios.create({ httpsAgent: new https.Agent({ keepAlive: true }) }); }`,
    // Shared by callbacks inside the function: whether they outlive it cannot be seen.
    "import { Agent } from 'undici'; export async function all(urls: string[]) { const agent = new Agent(); return Promise.all(urls.map((url) => fetch(url, { dispatcher: agent }))); }",
    // Look-alikes: not a catalogued pool, not a known request API, or a local `fetch`.
    "import { Agent } from './agent'; export function f(url: string) { return fetch(url, { dispatcher: new Agent() }); }",
    "import axios from './axios'; import https from 'https'; export function f(url: string) { return axios.get(url, { httpsAgent: new https.Agent({ keepAlive: true }) }); }",
    "import { Agent } from 'undici'; export function f(fetch: (u: string, o: object) => void, url: string) { return fetch(url, { dispatcher: new Agent() }); }",
    // Options that cannot be seen.
    "import { Agent } from 'undici'; export function f(url: string, init: RequestInit) { return fetch(url, { ...init, dispatcher: undefined }); }",
  ],
  invalid: [
    // Built in the options of the request itself.
    perRequest(
      `${HTTPS_KEEPALIVE} export async function getUser(id: string) { return axios.get('https://api/users/' + id, { httpsAgent: new https.Agent({ keepAlive: true }) }); }`,
      'new https.Agent({ keepAlive: true })',
      { pool: '`new https.Agent()`', request: 'axios.get', idle: 'until the server closes them' },
    ),
    perRequest(
      "import axios from 'axios'; import http from 'http'; export const save = (body: object) => axios.post('http://api/items', body, { httpAgent: new http.Agent({ keepAlive: true, timeout: 4000 }) });",
      'new http.Agent({ keepAlive: true, timeout: 4000 })',
      { pool: '`new http.Agent()`', request: 'axios.post', idle: 'for 4 s' },
    ),
    perRequest(
      "const axios = require('axios').default; const https = require('https'); module.exports = (url) => axios({ url, httpsAgent: new https.Agent({ keepAlive: true }) });",
      'new https.Agent({ keepAlive: true })',
      { pool: '`new https.Agent()`', request: 'axios', idle: 'until the server closes them' },
      script,
    ),
    perRequest(
      "import { Agent } from 'undici'; import express from 'express'; express().get('/', async (_req, res) => { res.json(await (await fetch('https://api', { dispatcher: new Agent() })).json()); });",
      'new Agent()',
      { pool: '`new undici.Agent()`', request: 'fetch', idle: 'for 4 s' },
    ),
    perRequest(
      "import { Pool, request } from 'undici'; export function load(path: string) { return request('https://api' + path, { dispatcher: new Pool('https://api') }); }",
      "new Pool('https://api')",
      { pool: '`new undici.Pool()`', request: 'undici.request', idle: 'for 4 s' },
    ),
    perRequest(
      "import * as undici from 'undici'; export function load(url: string) { return undici.fetch(url, { dispatcher: new undici.Agent({ keepAliveTimeout: 2000 }) }); }",
      'new undici.Agent({ keepAliveTimeout: 2000 })',
      { pool: '`new undici.Agent()`', request: 'undici.fetch', idle: 'for 2 s' },
    ),
    perRequest(
      "import { Agent } from 'undici'; export function load(url: string) { return globalThis.fetch(url, { dispatcher: new Agent() }); }",
      'new Agent()',
      { pool: '`new undici.Agent()`', request: 'fetch', idle: 'for 4 s' },
    ),
    perRequest(
      "const http = require('node:http'); function ping(host) { http.get({ host, path: '/', agent: new http.Agent({ keepAlive: true }) }, (res) => res.resume()); }",
      'new http.Agent({ keepAlive: true })',
      { pool: '`new http.Agent()`', request: 'http.get', idle: 'until the server closes them' },
      script,
    ),
    perRequest(
      "import got from 'got'; import https from 'https'; export const load = (url: string) => got(url, { agent: { https: new https.Agent({ keepAlive: true, timeout: 4000 }) } }).json();",
      'new https.Agent({ keepAlive: true, timeout: 4000 })',
      { pool: '`new https.Agent()`', request: 'got', idle: 'for 4 s' },
    ),
    perRequest(
      "import fetch from 'node-fetch'; import Agent from 'agentkeepalive'; export async function load(url: string) { return fetch(url, { agent: new Agent() }); }",
      'new Agent()',
      { pool: '`new agentkeepalive.Agent()`', request: 'node-fetch', idle: 'for 4 s' },
    ),
    // Module level, but in a loop: one pool per iteration.
    perRequest(
      "import { Agent } from 'undici'; for (const url of ['https://a', 'https://b']) await fetch(url, { dispatcher: new Agent() });",
      'new Agent()',
      { pool: '`new undici.Agent()`', request: 'fetch', idle: 'for 4 s' },
    ),
    // Built in the function that sends the request, and used by nothing else.
    perRun(
      `${HTTPS_KEEPALIVE} export async function getUser(id: string) {\n  const agent = new https.Agent({ keepAlive: true, timeout: 4000 });\n  const res = await axios.get('https://api/users/' + id, { httpsAgent: agent as https.Agent });\n  return res.data;\n}`,
      'new https.Agent({ keepAlive: true, timeout: 4000 })',
      { pool: '`new https.Agent()`', every: 'every call of `getUser`', request: 'axios.get', idle: 'for 4 s' },
    ),
    perRun(
      "import { Agent } from 'undici'; export const load = async (a: string, b: string) => { const dispatcher = new Agent(); await fetch(a, { dispatcher }); return fetch(b, { dispatcher }); };",
      'new Agent()',
      { pool: '`new undici.Agent()`', every: 'every call of `load`', request: 'fetch', idle: 'for 4 s' },
    ),
    perRun(
      "import { Agent } from 'undici'; export class Api { async load(url: string) { const options = { method: 'GET', dispatcher: new Agent() }; return fetch(url, options); } }",
      'new Agent()',
      { pool: '`new undici.Agent()`', every: 'every call of `load`', request: 'fetch', idle: 'for 4 s' },
    ),
    perRun(
      "import got from 'got'; import http from 'http'; export default async function (url: string) { const agents = { http: new http.Agent({ keepAlive: true }) }; return got(url, { agent: agents }); }",
      'new http.Agent({ keepAlive: true })',
      { pool: '`new http.Agent()`', every: 'every call of the enclosing function', request: 'got', idle: 'until the server closes them' },
    ),
    perRun(
      "import { Agent } from 'undici'; for (const url of ['https://a', 'https://b']) { const agent = new Agent(); await fetch(url, { dispatcher: agent }); }",
      'new Agent()',
      { pool: '`new undici.Agent()`', every: 'every iteration of the loop', request: 'fetch', idle: 'for 4 s' },
    ),
  ],
});

/** The request catalogue, checked against the installed libraries with a real server on 127.0.0.1. */
describe(`${RULE}: the request catalogue, against the installed libraries`, () => {
  let server: http.Server;
  let url: string;

  before(async () => {
    server = http.createServer((_request, response) => response.end('ok'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  /** `{}` with the pool at a dotted option path: `agent.http` → `{ agent: { http: pool } }`. */
  function withPool(path: string, pool: unknown): Record<string, unknown> {
    const keys = path.split('.');
    return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), pool) as Record<string, unknown>;
  }

  /** Sends one GET through each requester's own API, with its options at the catalogue's pool option. */
  const send: Record<string, (options: Record<string, unknown>) => Promise<unknown>> = {
    'node-http': (options) =>
      new Promise((resolve, reject) => http.get(url, options, (response) => response.resume().on('end', resolve)).on('error', reject)),
    axios: (options) => axios.get(url, options),
    got: async (options) => (await import('got')).default(url, options).text(),
    'node-fetch': async (options) => (await (await import('node-fetch')).default(url, options)).text(),
    undici: async (options) => (await undiciLib.request(url, options)).body.text(),
    fetch: async (options) => (await fetch(url, options as RequestInit)).text(),
  };

  it('lists every requester, each with calls, options positions, pool options and a source', () => {
    assert.deepEqual(requesters.map((requester) => requester.id).sort(), Object.keys(send).sort());
    for (const requester of requesters) {
      assert.ok(requester.calls.length > 0 && requester.poolOptions.length > 0, requester.id);
      assert.ok(requester.modules.length + requester.globals.length > 0, requester.id);
      assert.ok(requester.calls.every((call) => call.optionsIndexes.length > 0), requester.id);
      assert.match(requester.source, /^[\w.-]+\/[\w.-]+:\S+/, requester.id);
      const keyed = requester.protocolKeyedOption?.option;
      assert.ok(keyed === undefined || requester.poolOptions.every((option) => option.startsWith(`${keyed}.`)), requester.id);
    }
  });

  for (const requester of requesters) {
    it(`${requester.id} sends through the pool given at \`${requester.poolOptions.find((option) => !option.endsWith('https') && !option.endsWith('http2'))}\``, async () => {
      const option = requester.poolOptions.find((name) => !name.endsWith('https') && !name.endsWith('http2'))!;
      if (option === 'dispatcher') {
        const dispatcher = new undiciLib.Agent();
        let connections = 0;
        dispatcher.on('connect', () => connections++);
        await send[requester.id]!(withPool(option, dispatcher));
        await dispatcher.close();
        assert.equal(connections, 1);
      } else {
        // A keep-alive agent holds the socket it opened (busy or free) until it is destroyed.
        const agent = new http.Agent({ keepAlive: true });
        await send[requester.id]!(withPool(option, agent));
        const sockets = [...Object.values(agent.sockets), ...Object.values(agent.freeSockets)].flat().length;
        agent.destroy();
        assert.equal(sockets, 1);
      }
    });
  }
});
