'use strict';
// axios with `httpAgent` (the module under test exports an axios instance created with it).
const { errorCode } = require('./errors');
const nodeAgent = require('./node-agent');

async function request(instance, url) {
  try {
    const res = await instance.get(url, { responseType: 'text', validateStatus: () => true });
    return {
      ok: res.status === 200,
      code: res.status === 200 ? null : `HTTP ${res.status}`,
      connection: res.headers['x-connection'] ?? null,
    };
  } catch (error) {
    return { ok: false, code: errorCode(error), connection: null };
  }
}

function agentOf(instance) {
  const agent = instance.defaults.httpAgent;
  if (!agent) throw new Error('the configured axios instance has no httpAgent');
  return agent;
}

module.exports = {
  name: 'axios',
  label: 'axios + httpAgent',
  request,
  idleTimerMs: (instance) => nodeAgent.idleTimerMs(agentOf(instance)),
  configuredIdleMs: (instance) => nodeAgent.configuredIdleMs(agentOf(instance)),
  close: (instance) => agentOf(instance).destroy(),
};
