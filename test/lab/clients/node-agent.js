'use strict';
// Node's http.get with a configured `http.Agent` (the module under test exports the agent).
const http = require('node:http');
const { errorCode } = require('./errors');

/** Resolves `{ ok, code, connection }`; never rejects. The request leaves in this tick. */
function request(agent, url) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({
        ok: res.statusCode === 200,
        code: res.statusCode === 200 ? null : `HTTP ${res.statusCode}`,
        connection: res.headers['x-connection'] ?? null,
      }));
      res.on('error', (error) => resolve({ ok: false, code: errorCode(error), connection: null }));
    });
    req.on('error', (error) => resolve({ ok: false, code: errorCode(error), connection: null }));
  });
}

/** The idle timer (ms) the agent put on its pooled socket; 0 = none; null = nothing pooled. */
function idleTimerMs(agent) {
  const socket = Object.values(agent.freeSockets).flat()[0];
  return socket ? socket.timeout ?? 0 : null;
}

/** The idle timeout the agent was configured with: its `timeout` option (null when unset). */
function configuredIdleMs(agent) {
  return agent.options.timeout ?? null;
}

function close(agent) {
  agent.destroy();
}

module.exports = { name: 'node-agent', label: 'http.Agent', request, idleTimerMs, configuredIdleMs, close };
