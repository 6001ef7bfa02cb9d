'use strict';
// Stands in for a load balancer's pool of upstream connections: it keeps an idle connection for its own
// idle timeout and, like AWS ALB or nginx upstream keepalive, ignores the server's `Keep-Alive` hint.
const http = require('node:http');
const nodeAgent = require('./node-agent');

class LoadBalancerPool extends http.Agent {
  constructor(idleMs) {
    super({ keepAlive: true, timeout: idleMs });
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    socket.setTimeout(this.options.timeout);
    return true;
  }
}

module.exports = {
  ...nodeAgent,
  name: 'load-balancer',
  label: 'load balancer pool',
  create: ({ idleMs }) => new LoadBalancerPool(idleMs),
};
