'use strict';
// Waiting on conditions (never on fixed sleeps): poll until a value shows up or a deadline passes.

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves with the first truthy value of `probe()`. The deadline is a safety net against hangs,
 * not a timing assertion; `abort()` may return a reason string to stop waiting early.
 * @template T
 * @param {() => T | Promise<T>} probe
 * @param {{ what: string, timeoutMs?: number, intervalMs?: number, abort?: () => string | undefined }} options
 * @returns {Promise<NonNullable<T>>}
 */
async function waitFor(probe, { what, timeoutMs = 60_000, intervalMs = 100, abort }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    const reason = abort && abort();
    if (reason) throw new Error(`gave up waiting for ${what}: ${reason}`);
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await delay(intervalMs);
  }
}

module.exports = { waitFor };
