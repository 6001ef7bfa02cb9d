'use strict';
// Node's own `http.Server`: it closes a connection idle for `keepAliveTimeout` and announces
// `Keep-Alive: timeout=<whole seconds>` on every keep-alive response. Runs as a forked child.
// Options: { keepAliveTimeoutMs } for a plain server, or { module } — the path of a module that exports
// an `http.Server` (the lab's configured server code); plus { eventLog? }.
const http = require('node:http');
const { runChild, positiveMs } = require('./child-protocol');

const connectionIds = new WeakMap();

function answer(request, response) {
  request.resume();
  response.setHeader('Content-Type', 'text/plain');
  response.end('ok\n');
}

function createServer(options) {
  if (options.module) {
    const server = require(options.module);
    if (!(server instanceof http.Server)) throw new Error(`${options.module} does not export an http.Server`);
    if (server.listenerCount('request') === 0) server.on('request', answer);
    return server;
  }
  const server = http.createServer(answer);
  server.keepAliveTimeout = positiveMs(options, 'keepAliveTimeoutMs');
  return server;
}

runChild((options, record) => {
  const server = createServer(options);
  const counts = { connections: 0, requests: 0, closes: 0, keepAliveTimeoutMs: server.keepAliveTimeout };
  server.on('connection', (socket) => {
    counts.connections += 1;
    const connection = counts.connections;
    connectionIds.set(socket, connection);
    socket.on('close', () => {
      counts.closes += 1;
      record(`close ${connection}`);
    });
  });
  // X-Connection numbers the connection, so a client can tell a reused connection from a new one.
  server.prependListener('request', (request, response) => {
    counts.requests += 1;
    response.setHeader('X-Connection', String(connectionIds.get(request.socket)));
    // Recorded before the response is written, so a client that has it can always find the record.
    record('response');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port,
      stats: () => ({ ...counts }),
      stop: () => new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      }),
    }));
  });
});
