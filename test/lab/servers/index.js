'use strict';
// One entry point per lab server kind. Every server runs as a child process of the lab.
const path = require('node:path');
const { startServer, stopAll } = require('./supervisor');
const { buildGo } = require('../go/build');

const file = (name) => path.join(__dirname, `${name}.js`);
const withEventLog = { withEventLog: true };

/**
 * A raw HTTP/1.1 server that closes idle connections after `idleMs` without announcing it; with
 * `closeOnLateRequest`, it closes one when a request arrives after `idleMs` idle (see raw-idle-server.js).
 */
const startRawIdleServer = ({ idleMs, closeOnLateRequest = false }) =>
  startServer('raw-idle-server', file('raw-idle-server'), { idleMs, closeOnLateRequest }, withEventLog);

/** Node's http.Server: from `keepAliveTimeoutMs`, or a module exporting a configured server. */
const startNodeServer = ({ keepAliveTimeoutMs, module }) =>
  startServer('node-server', file('node-server'), { keepAliveTimeoutMs, module }, withEventLog);

/** Real nginx with `keepalive_timeout <idleMs>ms`. */
const startNginx = ({ idleMs }) => startServer('nginx', file('nginx'), { idleMs });

/** A Go net/http server program built from `source` (see go/lab_server.go), e.g. go/servers/read_timeout.go. */
async function startGoServer({ source }) {
  const { command } = await buildGo(source, 'server');
  return startServer('go-server', file('go-server'), { command }, withEventLog);
}

/** A silent L4 middlebox in front of `upstreamPort` that forgets flows idle for `idleMs`. */
const startL4Proxy = ({ idleMs, upstreamPort }) =>
  startServer('l4-proxy', file('l4-proxy'), { idleMs, upstreamPort }, withEventLog);

/**
 * `start()` (a lab server starter) reached through a path with `delayMs` one-way latency (latency-proxy.js).
 * The handle is the proxy's (its closes are the server's FINs as they left the server, `delayMs` before the
 * client can see them), with the server's counters and the path's late requests; stopping it stops both.
 */
async function startWithLatency(start, { delayMs }) {
  const server = await start();
  try {
    const proxy = await startServer('latency-proxy', file('latency-proxy'), { delayMs, upstreamPort: server.port }, withEventLog);
    // The server's counters, with what the path saw: requests that reached a connection the server had closed.
    const stats = async () => ({ ...(await server.stats()), lateRequests: (await proxy.stats()).lateRequests });
    return { ...proxy, name: `${server.name} (+${delayMs} ms each way)`, stats, stop: () => Promise.all([proxy.stop(), server.stop()]) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * An origin (Node's http.Server, keepAliveTimeout `originKeepAliveTimeoutMs`, so it announces a long
 * `Keep-Alive: timeout=`) behind a silent L4 middlebox that forgets flows idle for `idleMs`.
 * The handle is the middlebox's; stopping it stops both.
 */
async function startBehindL4Proxy({ idleMs, originKeepAliveTimeoutMs }) {
  const origin = await startNodeServer({ keepAliveTimeoutMs: originKeepAliveTimeoutMs });
  try {
    const proxy = await startL4Proxy({ idleMs, upstreamPort: origin.port });
    return { ...proxy, stop: () => Promise.all([proxy.stop(), origin.stop()]) };
  } catch (error) {
    await origin.stop();
    throw error;
  }
}

module.exports = { startRawIdleServer, startNodeServer, startNginx, startGoServer, startWithLatency, startL4Proxy, startBehindL4Proxy, stopAll };
