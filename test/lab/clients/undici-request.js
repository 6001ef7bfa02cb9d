'use strict';
// undici.request with a configured dispatcher (the module under test exports an undici Agent).
const undici = require('undici');
const { errorCode } = require('./errors');

async function request(dispatcher, url) {
  try {
    const res = await undici.request(url, { dispatcher });
    await res.body.text();
    return {
      ok: res.statusCode === 200,
      code: res.statusCode === 200 ? null : `HTTP ${res.statusCode}`,
      connection: res.headers['x-connection'] ?? null,
    };
  } catch (error) {
    return { ok: false, code: errorCode(error), connection: null };
  }
}

module.exports = {
  name: 'undici-request',
  label: 'undici.request',
  request,
  idleTimerMs: () => null,
  configuredIdleMs: () => null,
  close: (dispatcher) => dispatcher.destroy(),
};
