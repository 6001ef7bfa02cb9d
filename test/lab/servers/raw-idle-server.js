'use strict';
// A minimal HTTP/1.1 server that keeps connections alive without announcing for how long (no
// `Keep-Alive` header), then closes a connection idle for `idleMs`: what nginx, Undertow, Go's net/http
// and uvicorn do. Runs as a forked child (see child-protocol.js). Options: { idleMs, closeOnLateRequest?, eventLog?, releaseFile? }.
// While `releaseFile` is missing, a connection past its idle timeout stays open until the file appears: the
// client holds the close while its event loop runs and releases it once blocked, so the close always lands
// in the window the lab measures, however late the client's timers fire on a loaded machine.
// With `closeOnLateRequest`, the server has no timer: a request that arrives on a connection idle for
// `idleMs` or more is not answered and the connection is closed, as if the request had crossed the
// server's FIN on the wire. It shows, without any race, whether a client ever reuses a connection past
// `idleMs` — including the clients that read a FIN the moment it arrives (NIO reactors, Go's transport).
const fs = require('node:fs');
const net = require('node:net');

const RELEASE_POLL_MS = 2;
const { runChild, positiveMs } = require('./child-protocol');

// X-Connection numbers the connection, so a client can tell a reused connection from a new one.
const response = (connection) =>
  `HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: keep-alive\r\nX-Connection: ${connection}\r\n\r\nok\n`;
const HEADER_END = '\r\n\r\n';

/** The length of the first complete request in `text` (headers and Content-Length body), or null. */
function requestLength(text) {
  const end = text.indexOf(HEADER_END);
  if (end === -1) return null;
  const bodyLength = Number(/\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end))?.[1] ?? 0);
  const length = end + HEADER_END.length + bodyLength;
  return text.length >= length ? length : null;
}

runChild((options, record) => {
  const idleMs = positiveMs(options, 'idleMs');
  const open = new Set();
  const counts = { connections: 0, requests: 0, idleCloses: 0, lateRequestCloses: 0, peerCloses: 0 };
  const server = net.createServer((socket) => {
    counts.connections += 1;
    const connection = counts.connections;
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    let pending = '';
    let idleTimer = null;
    let releasePoll = null;
    let closedByServer = false;
    let lastResponseAt = null;
    const closeIdle = (why = 'idle') => {
      closedByServer = true;
      if (why === 'idle') counts.idleCloses += 1;
      else counts.lateRequestCloses += 1;
      // destroy() closes the descriptor now, so the FIN is on the wire before the close is recorded.
      socket.destroy();
      record(`close ${connection} ${why}`);
    };
    const released = () => !options.releaseFile || fs.existsSync(options.releaseFile);
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      clearTimeout(idleTimer);
      clearInterval(releasePoll);
      if (options.closeOnLateRequest && lastResponseAt !== null && Date.now() - lastResponseAt >= idleMs) {
        closeIdle('late-request');
        return;
      }
      pending += chunk;
      // Answer each complete request in order; a body (the Java and Go clients POST) is skipped by its
      // Content-Length.
      let length;
      while ((length = requestLength(pending)) !== null) {
        pending = pending.slice(length);
        counts.requests += 1;
        // Recorded before the write, so a client that has the response can always find the record.
        record('response');
        socket.write(response(connection));
        lastResponseAt = Date.now();
      }
      if (options.closeOnLateRequest) return;
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
