'use strict';
// One entry point per lab server kind. Every server runs as a child process of the lab.
const path = require('node:path');
const { startServer, stopAll } = require('./supervisor');

const file = (name) => path.join(__dirname, `${name}.js`);
const withEventLog = { withEventLog: true };

/** A raw HTTP/1.1 server that closes idle connections after `idleMs` without announcing it. */
const startRawIdleServer = ({ idleMs }) =>
  startServer('raw-idle-server', file('raw-idle-server'), { idleMs }, withEventLog);

/** Node's http.Server: from `keepAliveTimeoutMs`, or a module exporting a configured server. */
const startNodeServer = ({ keepAliveTimeoutMs, module }) =>
  startServer('node-server', file('node-server'), { keepAliveTimeoutMs, module }, withEventLog);

/** Real nginx with `keepalive_timeout <idleMs>ms`. */
const startNginx = ({ idleMs }) => startServer('nginx', file('nginx'), { idleMs });

/** A silent L4 middlebox in front of `upstreamPort` that forgets flows idle for `idleMs`. */
const startL4Proxy = ({ idleMs, upstreamPort }) =>
  startServer('l4-proxy', file('l4-proxy'), { idleMs, upstreamPort }, withEventLog);

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

module.exports = { startRawIdleServer, startNodeServer, startNginx, startL4Proxy, startBehindL4Proxy, stopAll };
