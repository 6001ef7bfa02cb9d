'use strict';
// The failures the rules name, one scenario each: a server, how long the client stays idle, and per client
// the configuration as written (flagged by a rule) and as it is after accepting that rule's suggestion.
// Timeouts are scaled down to hundreds of ms, and so is the margin the rules keep below them.
const servers = require('./servers');

const MARGIN_MS = 200;
/** Idle timeout of the raw server, nginx and the L4 middlebox. */
const IDLE_MS = 500;
/** Node's server announces whole seconds and Node's agents do not pool at all on `timeout=1` or less. */
const NODE_KEEPALIVE_TIMEOUT_MS = 2000;
/** The load balancer's idle timeout, which is also its request interval. */
const BALANCER_IDLE_MS = 1200;
/** Node's http.Server closes 1 s after its keepAliveTimeout (a fixed buffer on Node 20.20, 22, 24). */
const NODE_SERVER_BUFFER_MS = 1000;
/** TCP keepalive delay as a user who takes it for an idle timeout writes it (≥ 1 s: not truncated to 0). */
const TCP_KEEPALIVE_MS = 1000;
/** How long before the expected close a blocked wait starts (see rounds.js). */
const LEAD_MS = 50;

const RULE = {
  idleTimeout: 'keepalive/require-idle-timeout',
  belowServer: 'keepalive/require-idle-timeout-below-server',
  cap: 'keepalive/require-keepalive-cap',
  tcpKeepAlive: 'keepalive/no-tcp-keepalive-as-idle-timeout',
  aboveBalancer: 'keepalive/require-server-idle-above-balancer',
};

const snippet = {
  nodeAgent: (options) => `const http = require('node:http');\n\nmodule.exports = new http.Agent(${options});\n`,
  agentkeepalive: (options) => `const Agent = require('agentkeepalive');\n\nmodule.exports = new Agent(${options});\n`,
  axios: (agentOptions) =>
    `const http = require('node:http');\nconst axios = require('axios');\n\n` +
    `module.exports = axios.create({ httpAgent: new http.Agent(${agentOptions}) });\n`,
  undici: (options) => `const { Agent } = require('undici');\n\nmodule.exports = new Agent(${options});\n`,
  nodeServer: (keepAliveTimeoutMs) =>
    `const http = require('node:http');\n\nconst server = http.createServer();\n` +
    `server.keepAliveTimeout = ${keepAliveTimeoutMs};\n\nmodule.exports = server;\n`,
};

/**
 * The flagged configuration and the suggested one. `flagged` is what the lab asserts about the flagged
 * one: 'fails-every-reuse', or 'report' (printed, not asserted). The suggested one must never fail.
 */
const flaggedAndSuggested = (code, rules, flagged) => [
  { label: 'flagged', snippet: code, flaggedBy: rules, expect: flagged },
  { label: 'suggested', snippet: code, fix: rules, expect: 'no-failures' },
];

const scenarios = [
  {
    id: 'idle-close-no-header',
    kind: 'deterministic',
    description:
      `A raw HTTP/1.1 server closes connections idle for ${IDLE_MS} ms and sends no Keep-Alive header. ` +
      'The probe leaves once the FIN is on the wire, before the client could read it (its event loop is blocked).',
    settings: { servers: [{ name: 'lab-raw', idleTimeoutMs: IDLE_MS }], marginMs: MARGIN_MS },
    rounds: 4,
    start: () => servers.startRawIdleServer({ idleMs: IDLE_MS }),
    calibrate: true,
    wait: (closeMs) => ({ kind: 'after-close', idleMs: closeMs, leadMs: LEAD_MS }),
    cells: [
      { client: 'node-agent', configurations: flaggedAndSuggested(snippet.nodeAgent('{ keepAlive: true }'), [RULE.idleTimeout], 'fails-every-reuse') },
      // `freeSocketTimeout: 0` turns the free-socket timer off; the socket keeps the 8 s active `timeout`.
      { client: 'agentkeepalive', configurations: flaggedAndSuggested(snippet.agentkeepalive('{ freeSocketTimeout: 0 }'), [RULE.belowServer], 'fails-every-reuse') },
      { client: 'axios', configurations: flaggedAndSuggested(snippet.axios('{ keepAlive: true }'), [RULE.idleTimeout], 'fails-every-reuse') },
      // undici writes a request on a later turn of the event loop, after it has read the FIN: reported only.
      { client: 'undici-request', configurations: flaggedAndSuggested(snippet.undici(''), [RULE.belowServer], 'report') },
    ],
  },
  {
    id: 'silent-l4-drop',
    kind: 'deterministic',
    description:
      `A middlebox forgets flows idle for ${IDLE_MS} ms without telling anyone and answers the next packet with ` +
      'an RST. Behind it, a Node server announces `Keep-Alive: timeout=60`. The client idles 200 ms past the drop.',
    settings: {
      servers: [{ name: 'lab-vip', idleTimeoutMs: IDLE_MS, kind: 'l4' }, { name: 'lab-origin', idleTimeoutMs: 60_000 }],
      marginMs: MARGIN_MS,
    },
    rounds: 4,
    start: () => servers.startBehindL4Proxy({ idleMs: IDLE_MS, originKeepAliveTimeoutMs: 60_000 }),
    calibrate: false,
    wait: () => ({ kind: 'gap', gapMs: IDLE_MS + 200 }),
    cells: [
      { client: 'node-agent', configurations: flaggedAndSuggested(snippet.nodeAgent('{ keepAlive: true }'), [RULE.idleTimeout], 'fails-every-reuse') },
      // The idle timeout is already below the middlebox's, but the origin's hint raises it to 58 s.
      { client: 'undici-fetch', configurations: flaggedAndSuggested(snippet.undici(`{ keepAliveTimeout: ${IDLE_MS - MARGIN_MS} }`), [RULE.cap], 'fails-every-reuse') },
      { client: 'undici-request', configurations: flaggedAndSuggested(snippet.undici(`{ keepAliveTimeout: ${IDLE_MS - MARGIN_MS} }`), [RULE.cap], 'fails-every-reuse') },
      { client: 'agentkeepalive', configurations: flaggedAndSuggested(snippet.agentkeepalive(''), [RULE.belowServer], 'fails-every-reuse') },
      { client: 'axios', configurations: flaggedAndSuggested(snippet.axios('{ keepAlive: true }'), [RULE.idleTimeout], 'fails-every-reuse') },
    ],
  },
  {
    id: 'nginx-keepalive-timeout',
    kind: 'race',
    description:
      `nginx (Debian package) with \`keepalive_timeout ${IDLE_MS}ms\`: a real FIN at the timeout, no header. ` +
      'The probe leaves at offsets from -50 to +50 ms around the measured close, after its event loop was busy ' +
      'for the last 20 ms (a request handler doing work), so a FIN that arrives in that window is not read yet.',
    settings: { servers: [{ name: 'lab-nginx', idleTimeoutMs: IDLE_MS }], marginMs: MARGIN_MS },
    rounds: 11,
    start: () => servers.startNginx({ idleMs: IDLE_MS }),
    calibrate: true,
    wait: (closeMs) => ({ kind: 'sweep', idleMs: closeMs, offsetsMs: [-50, -20, -10, -5, -2, 0, 2, 5, 10, 20, 50], blockMs: 20 }),
    cells: [
      { client: 'node-agent', configurations: flaggedAndSuggested(snippet.nodeAgent('{ keepAlive: true }'), [RULE.idleTimeout], 'report') },
      { client: 'undici-fetch', configurations: flaggedAndSuggested(snippet.undici(''), [RULE.belowServer], 'report') },
      { client: 'undici-request', configurations: flaggedAndSuggested(snippet.undici(''), [RULE.belowServer], 'report') },
      { client: 'agentkeepalive', configurations: flaggedAndSuggested(snippet.agentkeepalive(''), [RULE.belowServer], 'report') },
      { client: 'axios', configurations: flaggedAndSuggested(snippet.axios('{ keepAlive: true }'), [RULE.idleTimeout], 'report') },
    ],
  },
  {
    id: 'node-server-hint',
    kind: 'race',
    description:
      `Node's http.Server with keepAliveTimeout ${NODE_KEEPALIVE_TIMEOUT_MS} announces \`Keep-Alive: timeout=2\`. ` +
      'An agent without `timeout` ignores the hint (no idle timer); with `timeout` the hint lowers it to 1 s. ' +
      'The probe leaves once the server has closed, before the client could read the FIN.',
    settings: { servers: [{ name: 'lab-node', idleTimeoutMs: NODE_KEEPALIVE_TIMEOUT_MS }], marginMs: MARGIN_MS },
    rounds: 3,
    start: () => servers.startNodeServer({ keepAliveTimeoutMs: NODE_KEEPALIVE_TIMEOUT_MS }),
    calibrate: true,
    wait: (closeMs) => ({ kind: 'after-close', idleMs: closeMs, leadMs: LEAD_MS }),
    cells: [
      { client: 'node-agent', configurations: flaggedAndSuggested(snippet.nodeAgent('{ keepAlive: true }'), [RULE.idleTimeout], 'report') },
    ],
  },
  {
    id: 'server-idle-equals-client-interval',
    kind: 'race',
    description:
      `A load balancer keeps upstream connections idle for ${BALANCER_IDLE_MS} ms, ignores Keep-Alive hints, and ` +
      `sends a request every ${BALANCER_IDLE_MS} ms to a Node server that closes after the same time ` +
      `(keepAliveTimeout ${BALANCER_IDLE_MS - NODE_SERVER_BUFFER_MS} + Node's fixed 1 s buffer). The fix is on the server.`,
    settings: { frontedBy: [{ name: 'lab-lb', idleTimeoutMs: BALANCER_IDLE_MS, kind: 'load-balancer' }], marginMs: MARGIN_MS },
    rounds: 4,
    side: 'server',
    start: (serverModule) => servers.startNodeServer({ module: serverModule }),
    calibrate: false,
    wait: () => ({ kind: 'sweep', idleMs: BALANCER_IDLE_MS, offsetsMs: [0], blockMs: 30 }),
    cells: [
      {
        client: 'load-balancer',
        clientOptions: { idleMs: BALANCER_IDLE_MS },
        configurations: flaggedAndSuggested(snippet.nodeServer(BALANCER_IDLE_MS - NODE_SERVER_BUFFER_MS), [RULE.aboveBalancer], 'report'),
      },
    ],
  },
  {
    id: 'keepalive-msecs-is-not-idle',
    kind: 'deterministic',
    description:
      '`keepAliveMsecs` only sets the TCP keepalive probe delay: an agent with it fails exactly like one without ' +
      `any idle setting. Same server and technique as idle-close-no-header (${IDLE_MS} ms, no header).`,
    settings: { servers: [{ name: 'lab-raw', idleTimeoutMs: IDLE_MS }], marginMs: MARGIN_MS },
    rounds: 4,
    start: () => servers.startRawIdleServer({ idleMs: IDLE_MS }),
    calibrate: true,
    wait: (closeMs) => ({ kind: 'after-close', idleMs: closeMs, leadMs: LEAD_MS }),
    cells: [
      {
        client: 'node-agent',
        configurations: [
          { label: 'no idle setting', snippet: snippet.nodeAgent('{ keepAlive: true }'), flaggedBy: [RULE.idleTimeout], expect: 'fails-every-reuse' },
          { label: 'flagged', snippet: snippet.nodeAgent(`{ keepAlive: true, keepAliveMsecs: ${TCP_KEEPALIVE_MS} }`), flaggedBy: [RULE.tcpKeepAlive], expect: 'fails-every-reuse' },
          { label: 'suggested', snippet: snippet.nodeAgent(`{ keepAlive: true, keepAliveMsecs: ${TCP_KEEPALIVE_MS} }`), fix: [RULE.tcpKeepAlive], expect: 'no-failures' },
        ],
      },
    ],
  },
];

function scenarioNamed(id) {
  const scenario = scenarios.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`unknown lab scenario "${id}" (known: ${scenarios.map((s) => s.id).join(', ')})`);
  return scenario;
}

module.exports = { scenarios, scenarioNamed, RULE };
