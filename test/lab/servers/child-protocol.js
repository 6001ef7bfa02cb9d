'use strict';
// The parent side of this protocol is supervisor.js. A server runs in a forked process so its idle timer
// keeps running while the client's event loop is blocked (see docs/lab.md, "How a round runs").
const fs = require('node:fs');

/**
 * Runs `start(options, record)` inside a forked child. `start` resolves to `{ port, stats, stop }`.
 * `record(event)` appends `<Date.now()> <event>` to `options.eventLog` synchronously, so a client that
 * busy-waits can see a close the moment it happened without running its own event loop.
 */
function runChild(start) {
  // Never outlive the parent: a crashed or killed lab must not leave servers behind. Exiting through
  // process.exit runs 'exit' handlers, which is how nginx.js stops the nginx it started.
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
  process.on('SIGINT', () => process.exit(0));
  let options;
  try {
    options = JSON.parse(process.argv[2] ?? '{}');
  } catch {
    fail('server options are not valid JSON');
    return;
  }
  const record = options.eventLog
    ? (event) => fs.appendFileSync(options.eventLog, `${Date.now()} ${event}\n`)
    : () => {};

  Promise.resolve()
    .then(() => start(options, record))
    .then(({ port, stats, stop }) => {
      process.on('message', (message) => onMessage(message, stats, stop));
      process.send({ type: 'ready', port });
    })
    .catch((error) => fail(error instanceof Error ? error.message : String(error)));
}

function onMessage(message, stats, stop) {
  if (message?.type === 'stats') {
    process.send({ type: 'stats', id: message.id, stats: stats() });
  } else if (message?.type === 'stop') {
    Promise.resolve()
      .then(() => stop?.())
      .finally(() => process.exit(0));
  }
}

function fail(message) {
  if (process.connected) process.send({ type: 'failed', message }, () => process.exit(1));
  else process.exit(1);
}

/** Reads a required positive number option with a clear message when it is missing. */
function positiveMs(options, name) {
  const value = options[name];
  if (!Number.isFinite(value) || value <= 0) throw new Error(`option ${name} must be a positive number of ms, got ${JSON.stringify(value)}`);
  return value;
}

module.exports = { runChild, positiveMs };
