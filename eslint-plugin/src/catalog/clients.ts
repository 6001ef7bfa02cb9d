import type { JsClientLibrary } from './types';

/**
 * Client pool libraries: where they are imported from, which constructor takes which options, and what each
 * option means. Node's defaults are read from `lib/_http_agent.js` of the release binaries (v18.20.8 … v26.10.0);
 * undici's from `lib/dispatcher/client.js` and `pool.js`; agentkeepalive's from `lib/agent.js` (4.6.0).
 */

const NODE_AGENT = 'nodejs/node:lib/_http_agent.js';

/** Options every `http.Agent` subclass understands, with Node's own meaning. */
const nodeAgentOptions = {
  keepAlive: 'keepAlive',
  timeout: 'idleTimeoutMs',
  keepAliveMsecs: 'tcpKeepAliveMs',
  maxSockets: 'maxSockets',
  maxTotalSockets: 'maxTotalSockets',
  maxFreeSockets: 'maxFreeSockets',
} as const;

const nodeAgentDefaults = {
  keepAlive: [{ versions: '*', value: false, source: `${NODE_AGENT}:173 (options.keepAlive || false, v24.21.0)` }],
  // No timer at all: `socket.setTimeout(this.options.timeout || 0)` in keepSocketAlive, and a server hint only
  // ever lowers a non-zero timeout.
  idleTimeoutMs: [{ versions: '*', value: null, source: `${NODE_AGENT}:633-667 keepSocketAlive (v24.21.0)` }],
  tcpKeepAliveMs: [{ versions: '*', value: 1000, source: `${NODE_AGENT}:172 (options.keepAliveMsecs || 1000)` }],
  maxSockets: [{ versions: '*', value: null, source: `${NODE_AGENT}:174 (Agent.defaultMaxSockets = Infinity)` }],
  maxTotalSockets: [{ versions: '*', value: null, source: `${NODE_AGENT}:177 (Infinity)` }],
  maxFreeSockets: [{ versions: '*', value: 256, source: `${NODE_AGENT}:175 (options.maxFreeSockets || 256)` }],
} as const;

const nodeAgentWrites = {
  idleTimeoutMs: 'timeout',
  maxSockets: 'maxSockets',
  maxFreeSockets: 'maxFreeSockets',
  tcpKeepAliveMs: 'keepAliveMsecs',
} as const;

const nodeAgentZero = {
  idleTimeoutMs: { effect: 'unlimited', source: `${NODE_AGENT}:633-667 (setTimeout(options.timeout || 0): no timer)` },
  maxSockets: { effect: 'unlimited', source: `${NODE_AGENT}:174 (maxSockets || Infinity)` },
  maxFreeSockets: { effect: 'default', source: `${NODE_AGENT}:175 (maxFreeSockets || 256)` },
  tcpKeepAliveMs: { effect: 'default', source: `${NODE_AGENT}:172 (keepAliveMsecs || 1000)` },
  maxTotalSockets: { effect: 'invalid', source: `${NODE_AGENT}:195-199 (validateNumber(maxTotalSockets, 1): ERR_OUT_OF_RANGE)` },
} as const;

/** What Node's HTTP client reports for a request on a socket the server closed: a reset, or no response at all. */
const NODE_FAILURE = 'ECONNRESET, "socket hang up"';

export const nodeAgent: JsClientLibrary = {
  id: 'node-agent',
  name: 'Node.js http.Agent',
  failure: NODE_FAILURE,
  modules: ['http', 'node:http', 'https', 'node:https'],
  constructors: [{ path: ['Agent'], optionsIndex: 0 }],
  options: nodeAgentOptions,
  optionFor: nodeAgentWrites,
  defaults: nodeAgentDefaults,
  hint: 'lowers-explicit-timeout',
  zeroMeans: nodeAgentZero,
  protocols: { 'http.Agent': 'http', 'https.Agent': 'https' },
};

/** hpagent: `new HttpsProxyAgent({ proxy, ...agentOptions })`, an http.Agent subclass. */
export const hpagent: JsClientLibrary = {
  ...nodeAgent,
  id: 'hpagent',
  name: 'hpagent',
  modules: ['hpagent'],
  constructors: [
    { path: ['HttpProxyAgent'], optionsIndex: 0 },
    { path: ['HttpsProxyAgent'], optionsIndex: 0 },
  ],
  protocols: { 'hpagent.HttpProxyAgent': 'http', 'hpagent.HttpsProxyAgent': 'https' },
};

/**
 * proxy-agents (agent-base ≥ 7 pools through Node's Agent): `new HttpsProxyAgent(proxyUrl, agentOptions)`. One entry
 * per package: each exports only its own constructor (https-proxy-agent 9.1.0, http-proxy-agent 9.1.0).
 */
export const httpsProxyAgent: JsClientLibrary = {
  ...nodeAgent,
  id: 'https-proxy-agent',
  name: 'https-proxy-agent',
  modules: ['https-proxy-agent'],
  constructors: [{ path: ['HttpsProxyAgent'], optionsIndex: 1 }],
  protocols: { 'https-proxy-agent.HttpsProxyAgent': 'https' },
};

export const httpProxyAgent: JsClientLibrary = {
  ...nodeAgent,
  id: 'http-proxy-agent',
  name: 'http-proxy-agent',
  modules: ['http-proxy-agent'],
  constructors: [{ path: ['HttpProxyAgent'], optionsIndex: 1 }],
  protocols: { 'http-proxy-agent.HttpProxyAgent': 'http' },
};

const AGENTKEEPALIVE = 'node-modules/agentkeepalive:lib/agent.js';

export const agentkeepalive: JsClientLibrary = {
  id: 'agentkeepalive',
  name: 'agentkeepalive',
  failure: NODE_FAILURE,
  modules: ['agentkeepalive'],
  // index.js: `module.exports = HttpAgent; module.exports.HttpAgent = HttpAgent; module.exports.HttpsAgent = …` (4.6.0).
  constructors: [
    { path: [], className: 'Agent', optionsIndex: 0 },
    { path: ['HttpAgent'], optionsIndex: 0 },
    { path: ['HttpsAgent'], optionsIndex: 0 },
  ],
  options: {
    keepAlive: 'keepAlive',
    // Legacy names, mapped onto freeSocketTimeout with a deprecation warning. Listed first because a truthy
    // legacy value overrides freeSocketTimeout (lib/agent.js:42-53): the first listed name present wins.
    freeSocketKeepAliveTimeout: 'idleTimeoutMs',
    keepAliveTimeout: 'idleTimeoutMs',
    freeSocketTimeout: 'idleTimeoutMs',
    timeout: 'socketTimeoutMs',
    socketActiveTTL: 'maxLifetimeMs',
    keepAliveMsecs: 'tcpKeepAliveMs',
    maxSockets: 'maxSockets',
    maxTotalSockets: 'maxTotalSockets',
    maxFreeSockets: 'maxFreeSockets',
  },
  optionFor: {
    idleTimeoutMs: 'freeSocketTimeout',
    maxLifetimeMs: 'socketActiveTTL',
    maxSockets: 'maxSockets',
    maxFreeSockets: 'maxFreeSockets',
    tcpKeepAliveMs: 'keepAliveMsecs',
  },
  defaults: {
    keepAlive: [{ versions: '*', value: true, source: `${AGENTKEEPALIVE}:36 (options.keepAlive !== false)` }],
    idleTimeoutMs: [
      { versions: '>=4.2.0', value: 4000, source: `${AGENTKEEPALIVE}:38-41 (freeSocketTimeout 4000; History.md 4.2.0)` },
      { versions: '<4.2.0', value: 15000, source: 'node-modules/agentkeepalive:History.md (4.0.0 … 4.1.4: 15000)' },
    ],
    maxLifetimeMs: [{ versions: '*', value: null, source: `${AGENTKEEPALIVE}:65 (socketActiveTTL off)` }],
    // Math.max(freeSocketTimeout * 2, 8000): 8 s unless freeSocketTimeout is above 4 s.
    socketTimeoutMs: [{ versions: '>=4.2.0', value: 8000, source: `${AGENTKEEPALIVE}:57-60 (Math.max(freeSocketTimeout * 2, 8000))` }],
    tcpKeepAliveMs: nodeAgentDefaults.tcpKeepAliveMs,
    maxSockets: nodeAgentDefaults.maxSockets,
    maxTotalSockets: nodeAgentDefaults.maxTotalSockets,
    maxFreeSockets: nodeAgentDefaults.maxFreeSockets,
  },
  hint: 'ignored',
  zeroMeans: {
    ...nodeAgentZero,
    // No free-socket timer of its own: Node's keepSocketAlive then leaves the agent's `timeout` on the socket.
    idleTimeoutMs: {
      effect: 'fallback',
      fallback: 'socketTimeoutMs',
      source: `${AGENTKEEPALIVE}:119-163 (calcSocketTimeout returns nothing for 0; the socket keeps options.timeout)`,
    },
    socketTimeoutMs: { effect: 'unlimited', source: `${NODE_AGENT}:633-667 (setTimeout(options.timeout || 0): no timer)` },
    maxLifetimeMs: { effect: 'unlimited', source: `${AGENTKEEPALIVE}:65, :127 (socketActiveTTL ? ms(…) : 0; if (socketActiveTTL): 0 is off)` },
  },
  misleadingOptions: {
    // Mapped onto freeSocketTimeout only when truthy, overriding an explicit freeSocketTimeout.
    keepAliveTimeout: {
      meaning: 'legacy',
      replacement: 'freeSocketTimeout',
      ignoredWhenFalsy: true,
      source: `${AGENTKEEPALIVE}:42-47 (if (options.keepAliveTimeout) …deprecated, 4.6.0)`,
    },
    freeSocketKeepAliveTimeout: {
      meaning: 'legacy',
      replacement: 'freeSocketTimeout',
      ignoredWhenFalsy: true,
      source: `${AGENTKEEPALIVE}:48-53 (if (options.freeSocketKeepAliveTimeout) …deprecated, 4.6.0)`,
    },
  },
  protocols: { agentkeepalive: 'http', 'agentkeepalive.HttpAgent': 'http', 'agentkeepalive.HttpsAgent': 'https' },
};

const UNDICI_CLIENT = 'nodejs/undici:lib/dispatcher/client.js';

export const undici: JsClientLibrary = {
  id: 'undici',
  name: 'undici',
  failure: NODE_FAILURE,
  modules: ['undici'],
  constructors: [
    // Only Client checks its options in its constructor; the others build their Clients at the first request
    // (agent.js factory, pool.js kGetDispatcher; observed with undici 7.30.2).
    { path: ['Agent'], optionsIndex: 0, validatesAtFirstRequest: true },
    { path: ['Pool'], optionsIndex: 1, validatesAtFirstRequest: true },
    // One connection by construction: `connections` does not apply.
    { path: ['Client'], optionsIndex: 1, singleConnection: true },
    { path: ['BalancedPool'], optionsIndex: 1, validatesAtFirstRequest: true },
    // Its Clients get every option but its own (lib/dispatcher/round-robin-pool.js:29-77, 7.30.2).
    { path: ['RoundRobinPool'], optionsIndex: 1, validatesAtFirstRequest: true },
    // A Client over h2c: its options go to Client's constructor (lib/dispatcher/h2c-client.js, 7.30.2). It replaces
    // `pipelining: 0` with 100, so that option, read as "no keep-alive", only ever hides a finding here.
    { path: ['H2CClient'], optionsIndex: 1, singleConnection: true },
    { path: ['ProxyAgent'], optionsIndex: 0, validatesAtFirstRequest: true },
    { path: ['EnvHttpProxyAgent'], optionsIndex: 0, validatesAtFirstRequest: true },
  ],
  options: {
    // `pipelining: 0` closes each connection after its response (no reuse); any other count keeps it alive.
    pipelining: 'keepAlive',
    keepAliveTimeout: 'idleTimeoutMs',
    keepAliveMaxTimeout: 'keepAliveCapMs',
    clientTtl: 'maxLifetimeMs',
    connections: 'maxSockets',
    'connect.keepAliveInitialDelay': 'tcpKeepAliveMs',
  },
  optionFor: {
    idleTimeoutMs: 'keepAliveTimeout',
    keepAliveCapMs: 'keepAliveMaxTimeout',
    maxLifetimeMs: 'clientTtl',
    maxSockets: 'connections',
  },
  defaults: {
    keepAlive: [
      {
        versions: '*',
        value: true,
        source: `${UNDICI_CLIENT}:304 (pipelining 1: every socket is reused); nodejs/undici:lib/dispatcher/client-h1.js:649 (v7.30.2: the socket is reset unless pipelining is non-zero)`,
      },
    ],
    idleTimeoutMs: [{ versions: '*', value: 4000, source: `${UNDICI_CLIENT}:306 (keepAliveTimeout 4e3, v8.10.0)` }],
    keepAliveCapMs: [{ versions: '*', value: 600000, source: `${UNDICI_CLIENT}:307 (keepAliveMaxTimeout 600e3)` }],
    maxLifetimeMs: [{ versions: '>=7.10.0', value: null, source: 'nodejs/undici:lib/dispatcher/pool.js:76-82 (clientTtl null)' }],
    tcpKeepAliveMs: [{ versions: '*', value: 60000, source: 'nodejs/undici:lib/core/connect.js:135-137 (keepAliveInitialDelay 60e3)' }],
    maxSockets: [{ versions: '*', value: null, source: 'nodejs/undici:lib/dispatcher/pool.js:71 (connections null = unlimited)' }],
  },
  hint: 'replaces-up-to-cap',
  zeroMeans: {
    idleTimeoutMs: { effect: 'invalid', source: `${UNDICI_CLIENT}:142-160 (keepAliveTimeout must be > 0, InvalidArgumentError)` },
    keepAliveCapMs: { effect: 'invalid', source: `${UNDICI_CLIENT}:142-160 (keepAliveMaxTimeout must be > 0)` },
    maxSockets: { effect: 'unlimited', source: 'nodejs/undici:lib/dispatcher/pool.js:68 (this[kConnections] = connections || null, v7.30.2)' },
    maxLifetimeMs: { effect: 'unlimited', source: 'nodejs/undici:lib/dispatcher/pool.js:77, :103 (clientTtl != null && clientTtl > 0, v7.30.2)' },
  },
  // The Client constructor throws InvalidArgumentError('unsupported …') for each; Agent and Pool build their
  // Clients lazily, so the error surfaces at the first request.
  misleadingOptions: {
    keepAlive: {
      meaning: 'rejected',
      instead: 'undici always keeps connections alive (`pipelining: 0` turns reuse off)',
      source: `${UNDICI_CLIENT}:121-123 ('unsupported keepAlive, use pipelining=0 instead', v7.30.2)`,
    },
    idleTimeout: {
      meaning: 'rejected',
      replacement: 'keepAliveTimeout',
      source: `${UNDICI_CLIENT}:133-135 ('unsupported idleTimeout, use keepAliveTimeout instead', v7.30.2)`,
    },
    maxKeepAliveTimeout: {
      meaning: 'rejected',
      replacement: 'keepAliveMaxTimeout',
      source: `${UNDICI_CLIENT}:137-139 ('unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead', v7.30.2)`,
    },
    socketTimeout: {
      meaning: 'rejected',
      instead: 'use `headersTimeout` and `bodyTimeout`',
      source: `${UNDICI_CLIENT}:125-127 ('unsupported socketTimeout, use headersTimeout & bodyTimeout instead', v7.30.2)`,
    },
    requestTimeout: {
      meaning: 'rejected',
      instead: 'use `headersTimeout` and `bodyTimeout`',
      source: `${UNDICI_CLIENT}:129-131 ('unsupported requestTimeout, use headersTimeout & bodyTimeout instead', v7.30.2)`,
    },
  },
};

export const clientLibraries: readonly JsClientLibrary[] = [nodeAgent, hpagent, httpsProxyAgent, httpProxyAgent, agentkeepalive, undici];
