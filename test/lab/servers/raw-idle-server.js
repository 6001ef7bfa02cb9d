'use strict';
// A minimal HTTP/1.1 server that keeps connections alive without announcing for how long (no
// `Keep-Alive` header), then closes a connection idle for `idleMs`: what nginx, Undertow, Go's net/http
// and uvicorn do. Runs as a forked child (see child-protocol.js). Options: { idleMs, eventLog? }.
const net = require('node:net');
const { runChild, positiveMs } = require('./child-protocol');

// X-Connection numbers the connection, so a client can tell a reused connection from a new one.
const response = (connection) =>
  `HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: keep-alive\r\nX-Connection: ${connection}\r\n\r\nok\n`;
const HEADER_END = '\r\n\r\n';

runChild((options, record) => {
  const idleMs = positiveMs(options, 'idleMs');
  const open = new Set();
  const counts = { connections: 0, requests: 0, idleCloses: 0, peerCloses: 0 };
  const server = net.createServer((socket) => {
    counts.connections += 1;
    const connection = counts.connections;
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    let pending = '';
    let idleTimer = null;
    let closedByServer = false;
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      clearTimeout(idleTimer);
      pending += chunk;
      // Requests carry no body in the lab; answer each complete header block in order.
      let end;
      while ((end = pending.indexOf(HEADER_END)) !== -1) {
        pending = pending.slice(end + HEADER_END.length);
        counts.requests += 1;
        // Recorded before the write, so a client that has the response can always find the record.
        record('response');
        socket.write(response(connection));
      }
      idleTimer = setTimeout(() => {
        closedByServer = true;
        counts.idleCloses += 1;
        // destroy() closes the descriptor now, so the FIN is on the wire before the close is recorded.
        socket.destroy();
        record(`close ${connection} idle`);
      }, idleMs);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(idleTimer);
      if (closedByServer) return;
      counts.peerCloses += 1;
      record(`close ${connection} peer`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port,
      stats: () => ({ ...counts }),
      stop: () => new Promise((done) => {
        server.close(done);
        for (const socket of open) socket.destroy();
      }),
    }));
  });
});
