'use strict';
// Waiting in the lab. A client that must not notice a server's FIN before it writes is blocked with a
// synchronous busy-wait: its event loop cannot process the FIN while the loop is blocked.
const { performance } = require('node:perf_hooks');

const now = () => performance.now();

/** Lets the event loop run for `ms` (the idle gap itself is the experiment's input). */
const idle = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Blocks the event loop until `condition()` holds; throws after `limitMs` with `what` in the message.
 * Nothing else runs meanwhile: no timer, no socket event.
 */
function blockUntil(condition, limitMs, what) {
  const deadline = now() + limitMs;
  while (!condition()) {
    if (now() > deadline) throw new Error(`gave up after ${Math.round(limitMs)} ms waiting for ${what}`);
  }
}

module.exports = { now, idle, blockUntil };
