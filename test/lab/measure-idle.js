'use strict';
// Measures how long a server really keeps an idle keep-alive connection open: one request on a raw
// socket, then the time until the server's FIN. The lab times its idle gaps from this, not from the
// configured number (Node's http.Server, for one, closes 1 s after its keepAliveTimeout).
const net = require('node:net');
const { now } = require('./timing');

const LIMIT_MS = 15_000;

function measureIdleClose(port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let respondedAt = null;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`127.0.0.1:${port} kept an idle connection open for more than ${LIMIT_MS} ms`));
    }, LIMIT_MS);
    socket.setEncoding('latin1');
    socket.on('connect', () => {
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
    });
    socket.on('data', (chunk) => {
      received += chunk;
      const headerEnd = received.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(received)?.[1];
      if (respondedAt === null && headerEnd !== -1 && length && received.length >= headerEnd + 4 + Number(length)) {
        respondedAt = now();
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      if (respondedAt === null) reject(new Error(`127.0.0.1:${port} closed the connection without a complete response`));
      else resolve(Math.round(now() - respondedAt));
    });
  });
}

module.exports = { measureIdleClose };
