'use strict';
// agentkeepalive's Agent is an http.Agent subclass: requests go through Node's http.get exactly as with
// Node's own agent; only the pooling decisions differ.
const nodeAgent = require('./node-agent');

module.exports = {
  ...nodeAgent,
  name: 'agentkeepalive',
  label: 'agentkeepalive',
  configuredIdleMs: (agent) => agent.options.freeSocketTimeout ?? null,
};
