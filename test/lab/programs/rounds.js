'use strict';
// Rounds for a compiled client program (client-program.js): a request, an idle gap, a probe request on
// what may be the pooled connection; only probes count. One program run serves every round (a JVM starts
// in about half a second), after one warm-up exchange that is not counted: a cold JVM can take 100 ms
// and more between reading a response and handing the connection back to its pool.
const { idle } = require('../timing');

const CLOSE_POLL_MS = 1;
const CLOSE_WAIT_LIMIT_MS = 15_000;

/**
 * How the idle gap ends:
 * - `{ kind: 'gap', gapMs }`: the probe leaves `gapMs` after the request's response arrived.
 * - `{ kind: 'after-close', settleMs = 0 }`: the probe leaves `settleMs` after the target has recorded a
 *   new close. With 0 and a server behind latency-proxy, the FIN has left the server and is still on its
 *   way to the client; with a settle time longer than the path's latency, the FIN has arrived. Unlike a
 *   fixed gap, this holds however late a loaded machine runs the server's idle timer.
 * - `{ kind: 'sweep', idleMs, offsetsMs }`: round i's probe leaves `idleMs + offsetsMs[i % n]` after the
 *   response (a race around a close the lab measured).
 * Returns the probe's offset from `idleMs` for sweeps, else null.
 */
async function endIdleGap(wait, round, respondedAt, target, closesBefore) {
  switch (wait.kind) {
    case 'gap':
      await idle(respondedAt + wait.gapMs - Date.now());
      return null;
    case 'after-close': {
      const deadline = Date.now() + CLOSE_WAIT_LIMIT_MS;
      while (target.closes() <= closesBefore) {
        if (Date.now() > deadline) throw new Error(`${target.name} closed nothing within ${CLOSE_WAIT_LIMIT_MS} ms`);
        await idle(CLOSE_POLL_MS);
      }
      await idle(wait.settleMs ?? 0);
      return null;
    }
    case 'sweep': {
      const offset = wait.offsetsMs[round % wait.offsetsMs.length];
      await idle(respondedAt + wait.idleMs + offset - Date.now());
      return offset;
    }
    default:
      throw new Error(`unknown wait kind ${JSON.stringify(wait.kind)}`);
  }
}

/** The program's JSON line as a probe row: `{ ok, error, message, fresh, offsetMs, gapMs }`. */
function toProbe(warm, reply, offsetMs, gapMs) {
  return {
    ok: reply.ok,
    error: reply.ok ? null : reply.error ?? `HTTP ${reply.status}`,
    message: reply.ok ? null : reply.message ?? null,
    // Whether a successful probe used a new connection (null when either side has no X-Connection).
    fresh: reply.ok && warm.ok && reply.connection != null && warm.connection != null ? reply.connection !== warm.connection : null,
    offsetMs,
    gapMs,
  };
}

/**
 * Runs `rounds` rounds of `client` (a started client program) against `target` (a lab server handle).
 * Returns `{ probes, warmFailures, staleHits }`: `staleHits` counts what the target saw go wrong on reused
 * connections during the rounds (requests closed as late, resets), which shows failures a library hid
 * by retrying.
 */
async function runProgramRounds({ client, target, rounds, wait }) {
  const warmUp = await client.post();
  await idle(50);
  await client.post();
  const before = await target.stats();
  const probes = [];
  const warmFailures = warmUp.ok ? [] : [warmUp.error];
  for (let round = 0; round < rounds; round += 1) {
    const warm = await client.post();
    if (!warm.ok) warmFailures.push(warm.error);
    const respondedAt = Date.now();
    const closesBefore = wait.kind === 'after-close' ? target.closes() : 0;
    const offsetMs = await endIdleGap(wait, round, respondedAt, target, closesBefore);
    const gapMs = Date.now() - respondedAt;
    probes.push(toProbe(warm, await client.post(), offsetMs, gapMs));
  }
  const after = await target.stats();
  const count = (stats) => (stats.lateRequestCloses ?? 0) + (stats.lateRequests ?? 0) + (stats.resets ?? 0);
  return { probes, warmFailures, staleHits: count(after) - count(before) };
}

module.exports = { runProgramRounds };
