import type { RequestApi, Requester } from './types';

/**
 * APIs that send HTTP requests through a pool given in their options: which call, which argument holds the
 * options, and which option carries the pool. Read from axios 1.21.1, got 14.6.5, node-fetch 3.3.1 and
 * undici 7.30.2 as installed, and from Node's `lib/_http_client.js`.
 */

/** Calls whose options sit at the same positions. */
function calls(names: readonly string[], optionsIndexes: readonly number[], kind: RequestApi['kind'] = 'request'): RequestApi[] {
  return names.map((name) => ({ path: name === '' ? [] : name.split('.'), optionsIndexes, kind }));
}

export const nodeHttp: Requester = {
  id: 'node-http',
  name: 'Node.js http.request',
  modules: ['http', 'node:http', 'https', 'node:https'],
  globals: [],
  // request(url, options, cb) and request(options, cb).
  calls: calls(['request', 'get'], [0, 1]),
  poolOptions: ['agent'],
  source: 'nodejs/node:lib/_http_client.js:361-376 (options.agent; undefined → globalAgent, false → one-off Agent)',
};

export const axios: Requester = {
  id: 'axios',
  name: 'axios',
  modules: ['axios'],
  globals: [],
  calls: [
    // axios(config), axios(url, config), axios.request(config) and axios.request(url, config).
    ...calls(['', 'request'], [0, 1]),
    ...calls(['get', 'delete', 'head', 'options'], [1]),
    ...calls(['post', 'put', 'patch', 'query', 'postForm', 'putForm', 'patchForm'], [2]),
    ...calls(['create'], [0], 'instance'),
  ],
  poolOptions: ['httpAgent', 'httpsAgent'],
  source: 'axios/axios:lib/core/Axios.js:72, 321-358 (method signatures); lib/adapters/http.js:690-691 (httpAgent, httpsAgent)',
};

export const got: Requester = {
  id: 'got',
  name: 'got',
  modules: ['got'],
  globals: [],
  calls: [
    // got(url, options) and got(options); every alias passes both on.
    ...calls(['', 'get', 'post', 'put', 'patch', 'head', 'delete', 'paginate', 'paginate.all', 'paginate.each'], [0, 1]),
    ...calls(['stream', 'stream.get', 'stream.post', 'stream.put', 'stream.patch', 'stream.head', 'stream.delete'], [0, 1]),
    ...calls(['extend'], [0], 'instance'),
  ],
  poolOptions: ['agent.http', 'agent.https', 'agent.http2'],
  protocolKeyedOption: {
    option: 'agent',
    source: "sindresorhus/got:source/core/options.ts (set agent: assertPlainObject('agent', value), 'Unexpected agent option'; since v11)",
  },
  source: 'sindresorhus/got:source/create.ts (aliases get, post, put, patch, head, delete; stream; paginate)',
};

export const nodeFetch: Requester = {
  id: 'node-fetch',
  name: 'node-fetch',
  modules: ['node-fetch'],
  globals: [],
  calls: calls([''], [1]),
  poolOptions: ['agent'],
  source: 'node-fetch/node-fetch:src/request.js:137, 286-309 (init.agent, an Agent or a function returning one)',
};

export const undiciRequests: Requester = {
  id: 'undici',
  name: 'undici',
  modules: ['undici'],
  globals: [],
  calls: [
    ...calls(['fetch'], [1]),
    // request(url, opts) and request(opts) with the URL parts inside.
    ...calls(['request', 'stream', 'pipeline', 'connect', 'upgrade'], [0, 1]),
  ],
  poolOptions: ['dispatcher'],
  source: 'nodejs/undici:index.js:72-106, 154 (makeDispatcher: opts = url when no opts; opts.dispatcher ?? getGlobalDispatcher(), v7.30.2)',
};

/** Node's global `fetch` is the bundled undici's. */
export const globalFetch: Requester = {
  id: 'fetch',
  name: 'fetch',
  modules: [],
  globals: ['fetch'],
  calls: calls([''], [1]),
  poolOptions: ['dispatcher'],
  source: 'nodejs/undici:index.js:154 (fetch(init, options): options.dispatcher)',
};

export const requesters: readonly Requester[] = [nodeHttp, axios, got, nodeFetch, undiciRequests, globalFetch];
