'use strict';
// fetch with `dispatcher` (the module under test exports an undici Agent). Node's global fetch is used,
// as application code would; it accepts a dispatcher from the undici package.
const { errorCode } = require('./errors');

async function request(dispatcher, url) {
  try {
    const res = await fetch(url, { dispatcher });
    await res.text();
    return {
      ok: res.status === 200,
      code: res.status === 200 ? null : `HTTP ${res.status}`,
      connection: res.headers.get('x-connection'),
    };
  } catch (error) {
    return { ok: false, code: errorCode(error), connection: null };
  }
}

module.exports = {
  name: 'undici-fetch',
  label: 'fetch + undici Agent',
  request,
  idleTimerMs: () => null,
  configuredIdleMs: () => null,
  close: (dispatcher) => dispatcher.destroy(),
};
