'use strict';
// One name per way a request on a stale pooled connection fails, whatever the client wraps it in
// (fetch's TypeError, AxiosError, undici's SocketError, Node's ClientRequest error).

const STALE_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED', 'ECONNREFUSED']);

/** The error itself, then its `cause` chain, outermost first. */
function* causes(error) {
  const seen = new Set();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); current = current.cause) {
    seen.add(current);
    yield current;
  }
}

/**
 * `socket hang up` (Node: the connection ended before a response; its code is also ECONNRESET),
 * otherwise the first well-known socket error code in the chain, otherwise any code, otherwise the message.
 */
function errorCode(error) {
  const chain = [...causes(error)];
  if (chain.some((e) => e.message === 'socket hang up')) return 'socket hang up';
  const known = chain.find((e) => STALE_SOCKET_CODES.has(e.code));
  if (known) return known.code;
  const withCode = chain.find((e) => typeof e.code === 'string');
  if (withCode) return withCode.code;
  return String(chain.at(-1)?.message ?? error).slice(0, 60);
}

module.exports = { errorCode };
