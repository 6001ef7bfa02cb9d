'use strict';
// A silent L4 middlebox (NAT gateway, firewall, cloud load balancer in TCP mode): it forwards bytes and
// forgets a flow idle for `idleMs` without telling either side. The next packet on a forgotten flow is
// answered with an RST, as a middlebox that no longer knows the flow does. Runs as a forked child.
// Options: { idleMs, upstreamPort, eventLog? }.
const net = require('node:net');
const { runChild, positiveMs } = require('./child-protocol');

runChild((options, record) => {
  const idleMs = positiveMs(options, 'idleMs');
  const upstreamPort = options.upstreamPort;
  if (!Number.isInteger(upstreamPort)) throw new Error('option upstreamPort must be a port number');
  const open = new Set();
  const counts = { connections: 0, resets: 0, closes: 0 };

  const proxy = net.createServer((client) => {
    counts.connections += 1;
    open.add(client);
    client.once('close', () => open.delete(client));
    let lastActivity = Date.now();
    let forgotten = false;
    const upstream = net.connect(upstreamPort, '127.0.0.1');
    client.on('data', (chunk) => {
      // The flow is forgotten the moment it has been idle for idleMs; checking on the next packet is
      // the same as a timer as far as either endpoint can tell, and it needs no timer precision.
      if (Date.now() - lastActivity >= idleMs) {
        forgotten = true;
        counts.resets += 1;
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      lastActivity = Date.now();
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (forgotten) return;
      lastActivity = Date.now();
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => {
      upstream.destroy();
      counts.closes += 1;
      record(forgotten ? 'close reset' : 'close');
    });
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
