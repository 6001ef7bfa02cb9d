'use strict';
// A minimal HTTP/1.1 server that keeps connections alive without announcing for how long (no
// `Keep-Alive` header), then closes a connection idle for `idleMs`: what nginx, Undertow, Go's net/http
// and uvicorn do. Runs as a forked child (see child-protocol.js). Options: { idleMs, eventLog?, releaseFile? }.
// While `releaseFile` is missing, a connection past its idle timeout stays open until the file appears: the
// client holds the close while its event loop runs and releases it once blocked, so the close always lands
// in the window the lab measures, however late the client's timers fire on a loaded machine.
const fs = require('node:fs');
const net = require('node:net');

const RELEASE_POLL_MS = 2;
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
    let releasePoll = null;
    let closedByServer = false;
    const closeIdle = () => {
      closedByServer = true;
      counts.idleCloses += 1;
      // destroy() closes the descriptor now, so the FIN is on the wire before the close is recorded.
      socket.destroy();
      record(`close ${connection} idle`);
    };
    const released = () => !options.releaseFile || fs.existsSync(options.releaseFile);
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      clearTimeout(idleTimer);
      clearInterval(releasePoll);
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
        if (released()) return closeIdle();
        releasePoll = setInterval(() => {
          if (!released()) return;
          clearInterval(releasePoll);
          closeIdle();
        }, RELEASE_POLL_MS);
      }, idleMs);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(idleTimer);
      clearInterval(releasePoll);
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
