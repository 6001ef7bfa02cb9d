'use strict';
// One cell of the lab: a configured client against one server, for N rounds. A round is a warm-up
// request, an idle gap, and a probe request that may land on the pooled connection; only probes count.
const { now, idle, blockUntil } = require('./timing');

const CLOSE_WAIT_LIMIT_MS = 5_000;

/**
 * How the idle gap ends:
 * - `{ kind: 'after-close', idleMs, leadMs }`: with the server's idle closes held, idle until `leadMs`
 *   before the server's idle timeout (timed from the server's own record of its last response), then block,
 *   release the closes, and keep blocking until the server has recorded
 *   the warm-up's connection as closed (by either side) and its timeout has passed, and probe in the same
 *   tick. The probe then leaves after the server's FIN is on the wire and before the client could see it.
 * - `{ kind: 'gap', gapMs }`: let the event loop run for `gapMs` (nothing is sent when a flow is dropped).
 * - `{ kind: 'sweep', idleMs, offsetsMs, blockMs }`: round i idles `idleMs + offsetsMs[i % n]`; the last
 *   `blockMs` of it blocked (0: timers only, the client reacts to packets as an idle process does).
 */
async function endIdleGap(wait, round, start, target, warm) {
  switch (wait.kind) {
    case 'after-close': {
      const lastResponseAt = target.lastResponseAt();
      if (lastResponseAt === null) throw new Error(`${target.name} recorded no response`);
      const timeoutAt = lastResponseAt + wait.idleMs;
      await idle(timeoutAt - wait.leadMs - Date.now());
      target.releaseCloses();
      blockUntil(
        () => Date.now() >= timeoutAt && target.hasClosed(warm.connection, warm.closesBefore),
        wait.idleMs + CLOSE_WAIT_LIMIT_MS,
        `${target.name} to close the idle connection`,
      );
      return 0;
    }
    case 'gap':
      await idle(wait.gapMs - (now() - start));
      return 0;
    case 'sweep': {
      const offset = wait.offsetsMs[round % wait.offsetsMs.length];
      const gap = wait.idleMs + offset;
      await idle(gap - wait.blockMs - (now() - start));
      if (wait.blockMs > 0) blockUntil(() => now() - start >= gap, gap + CLOSE_WAIT_LIMIT_MS, 'the end of the idle gap');
      else await idle(gap - (now() - start));
      return offset;
    }
    default:
      throw new Error(`unknown wait kind ${JSON.stringify(wait.kind)}`);
  }
}

/**
 * Runs `rounds` rounds and returns one entry per probe:
 * `{ ok, code, offsetMs, gapMs, fresh }` — `fresh` is true when a successful probe used a new connection.
 * Also returns the idle timer the client put on its pooled socket after the first response.
 */
async function runRounds({ client, configured, target, rounds, wait }) {
  const probes = [];
  const warmFailures = [];
  let idleTimerMs = null;
  for (let round = 0; round < rounds; round += 1) {
    if (wait.kind === 'after-close') target.holdCloses();
    const warm = await client.request(configured, target.url);
    const start = now();
    // Without a connection number (a failed warm-up), any close after this point ends the wait.
    if (wait.kind === 'after-close' && warm.connection === null) warm.closesBefore = target.closes();
    if (!warm.ok) warmFailures.push(warm.code);
    if (round === 0) {
      // The agent pools the socket once the response has been fully handled.
      await new Promise((resolve) => setImmediate(resolve));
      idleTimerMs = client.idleTimerMs(configured);
    }
    const offsetMs = await endIdleGap(wait, round, start, target, warm);
    const gapMs = now() - start;
    const probe = await client.request(configured, target.url);
    probes.push({
      ok: probe.ok,
      code: probe.code,
      offsetMs,
      gapMs: Math.round(gapMs),
      fresh: probe.ok && warm.ok ? probe.connection !== warm.connection : null,
    });
  }
  return { probes, warmFailures, idleTimerMs };
}

module.exports = { runRounds };
