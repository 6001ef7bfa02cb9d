'use strict';
// A network path with a one-way latency: forwards bytes, FINs and resets between a client and an upstream
// server, each `delayMs` late, in order. A request that leaves less than one round trip before the client
// could have read the server's FIN then meets a closed connection, as on a real network: with the latency
// raised to tens of ms, a sweep of request times around the server's idle close hits that window for every
// client, including those that read a FIN as soon as it arrives. Runs as a forked child.
// Options: { delayMs, upstreamPort, eventLog? } — the log gets `close <n>` when the server's FIN reaches the
// proxy, for servers that keep no log of their own (nginx).
const net = require('node:net');
const { runChild, positiveMs } = require('./child-protocol');

runChild((options, record) => {
  const delayMs = positiveMs(options, 'delayMs');
  const upstreamPort = options.upstreamPort;
  if (!Number.isInteger(upstreamPort)) throw new Error('option upstreamPort must be a port number');
  const open = new Set();
  const counts = { connections: 0, resets: 0, lateRequests: 0 };
  const later = (action) => setTimeout(action, delayMs);

  // allowHalfOpen on both sides: a FIN is forwarded as a FIN, and data that reaches a server which has
  // closed its socket is answered by the server's own kernel with an RST, which is forwarded too.
  const proxy = net.createServer({ allowHalfOpen: true }, (client) => {
    counts.connections += 1;
    const connection = counts.connections;
    open.add(client);
    const upstream = net.connect({ port: upstreamPort, host: '127.0.0.1', allowHalfOpen: true });
    open.add(upstream);
    // The server's FIN as the proxy sees it (the server closed then): the close the client cannot see yet.
    let serverClosed = false;
    upstream.once('end', () => {
      serverClosed = true;
      record(`close ${connection}`);
    });
    // A request that reaches a connection the server has closed: a failure on the wire, counted even when the
    // client's library hides it by resending (the server's RST is not always seen by this idle socket).
    let lateRequest = false;
    client.on('data', () => {
      if (!serverClosed || lateRequest) return;
      lateRequest = true;
      counts.lateRequests += 1;
      record(`late-request ${connection}`);
    });
    const forward = (from, to) => {
      from.on('data', (chunk) => later(() => { if (!to.destroyed) to.write(chunk); }));
      from.on('end', () => later(() => { if (!to.destroyed) to.end(); }));
      from.on('error', () => later(() => {
        if (to.destroyed) return;
        counts.resets += 1;
        record(`reset ${connection}`);
        to.resetAndDestroy();
      }));
    };
    forward(client, upstream);
    forward(upstream, client);
    for (const socket of [client, upstream]) {
      socket.on('close', () => {
        open.delete(socket);
        later(() => { if (client.destroyed && !upstream.destroyed) upstream.destroy(); });
      });
    }
  });
  return new Promise((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve({
      port: proxy.address().port,
      stats: () => ({ ...counts }),
      stop: () => new Promise((done) => {
        proxy.close(done);
        for (const socket of open) socket.destroy();
      }),
    }));
  });
});
