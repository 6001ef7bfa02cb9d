'use strict';
// The Java and Go half of the fault lab's harness: real client programs (Debian's HttpClient 4.5,
// HttpAsyncClient 4.1, HttpClient 5.2, OkHttp 3.13; Go 1.19 net/http), written as a user would, compiled
// and run against real servers on 127.0.0.1. Each case is deterministic: the flagged client fails on every
// reused connection, or hides it by retrying where the library does. Needs test/lab/setup.sh.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const servers = require('./servers');
const { runProgramCell } = require('./programs/cell');
const { stopAll, runningCount } = require('./servers/supervisor');

const IDLE_MS = 300;
const ROUNDS = 3;
const PAST_IDLE = { kind: 'gap', gapMs: IDLE_MS + 200 };
/** The server's FIN has had time to reach the client. */
const AFTER_FIN_ARRIVED = { kind: 'after-close', settleMs: 100 };
/** One-way latency for a request to cross the server's FIN: generous, so a loaded machine keeps it determined. */
const CROSSING_LATENCY_MS = 50;
const java = (name) => path.join(__dirname, 'jvm', 'clients', `${name}.java`);
const go = (name) => path.join(__dirname, 'go', 'clients', `${name}.go`);
const GO_READ_TIMEOUT_SERVER = path.join(__dirname, 'go', 'servers', 'read_timeout.go');

const finClosingServer = () => servers.startRawIdleServer({ idleMs: IDLE_MS });
const requestCrossesFin = () => servers.startRawIdleServer({ idleMs: IDLE_MS, closeOnLateRequest: true });
// nginx keeps no record of its closes; a 1 ms path through latency-proxy records them.
const nginx = () => servers.startWithLatency(() => servers.startNginx({ idleMs: IDLE_MS }), { delayMs: 1 });
const silentDrop = () => servers.startBehindL4Proxy({ idleMs: IDLE_MS, originKeepAliveTimeoutMs: 60_000 });

function assertEveryProbeFails(result, errorPattern) {
  assert.deepEqual(result.warmFailures, []);
  assert.equal(result.probes.length, ROUNDS);
  for (const probe of result.probes) {
    assert.equal(probe.ok, false, `a probe succeeded after ${probe.gapMs} ms idle`);
    assert.match(`${probe.error}: ${probe.message}`, errorPattern);
  }
}

function assertNoProbeFails(result) {
  assert.deepEqual(result.warmFailures, []);
  assert.deepEqual(result.probes.filter((probe) => !probe.ok), []);
}

describe('fault lab: Java and Go client programs (real libraries, servers on 127.0.0.1)', function () {
  this.timeout(60_000);
  after(() => stopAll());

  describe('a request that crosses the server\'s FIN (the close reaches the client after the write)', () => {
    it('HttpAsyncClient 4.1, pooled, no keep-alive strategy: every reuse fails (it has no retry)', async () => {
      const result = await runProgramCell({ source: java('AsyncClientNoStrategy'), start: requestCrossesFin, rounds: ROUNDS, wait: PAST_IDLE });
      assertEveryProbeFails(result, /^org\.apache\.http\.ConnectionClosedException: Connection is closed/);
      assert.equal(result.staleHits, ROUNDS);
    });

    it('OkHttp 3.13, default pool: every reuse fails with retries off', async () => {
      const result = await runProgramCell({ source: java('OkHttpDefaultPoolRetriesOff'), start: requestCrossesFin, rounds: ROUNDS, wait: PAST_IDLE });
      assertEveryProbeFails(result, /^java\.io\.IOException: unexpected end of stream/);
    });

    it('OkHttp 3.13, default pool as configured: its retry hides every failure, the server still sees them', async () => {
      const result = await runProgramCell({ source: java('OkHttpDefaultPool'), start: requestCrossesFin, rounds: ROUNDS, wait: PAST_IDLE });
      assertNoProbeFails(result);
      assert.ok(result.probes.every((probe) => probe.fresh === true), 'each probe was answered on a new connection');
      assert.equal(result.staleHits, ROUNDS);
    });

    it('Go net/http default transport against a Go server whose idle timeout fell back to ReadTimeout: EOF', async () => {
      // The probe leaves once the server's FIN has left it, before it reaches the client.
      const start = () => servers.startWithLatency(() => servers.startGoServer({ source: GO_READ_TIMEOUT_SERVER }), { delayMs: CROSSING_LATENCY_MS });
      const result = await runProgramCell({ source: go('command_client'), start, rounds: ROUNDS, wait: { kind: 'after-close' } });
      assertEveryProbeFails(result, /^\*errors\.errorString: Post "http:\/\/127\.0\.0\.1:\d+\/": EOF$/);
    });
  });

  describe('a FIN that has arrived while the connection sat idle', () => {
    it('HttpClient 4.5, pooled, default strategy: every reuse fails (idle is below the 2 s stale check)', async () => {
      const result = await runProgramCell({ source: java('HttpClient45NoStrategyRetriesOff'), start: finClosingServer, rounds: ROUNDS, wait: AFTER_FIN_ARRIVED });
      assertEveryProbeFails(result, /^org\.apache\.http\.NoHttpResponseException: The target server failed to respond$/);
    });

    it('HttpClient 4.5 with validateAfterInactivity 200 ms: the stale check finds the FIN', async () => {
      const result = await runProgramCell({ source: java('HttpClient45StaleCheck'), start: finClosingServer, rounds: ROUNDS, wait: AFTER_FIN_ARRIVED });
      assertNoProbeFails(result);
      assert.ok(result.probes.every((probe) => probe.fresh === true));
    });

    it('HttpClient 4.5 with a sweeper slower than nginx\'s keepalive_timeout: every reuse fails', async () => {
      const result = await runProgramCell({ source: java('HttpClient45IdleSweeper'), start: nginx, rounds: ROUNDS, wait: AFTER_FIN_ARRIVED });
      assertEveryProbeFails(result, /^org\.apache\.http\.NoHttpResponseException: 127\.0\.0\.1:\d+ failed to respond$/);
    });

    it('HttpClient 5.2 classic, default pool, retries off, against nginx: every reuse fails', async () => {
      const result = await runProgramCell({ source: java('HttpClient52DefaultRetriesOff'), start: nginx, rounds: ROUNDS, wait: AFTER_FIN_ARRIVED });
      assertEveryProbeFails(result, /^org\.apache\.hc\.core5\.http\.NoHttpResponseException: The target server failed to respond$/);
    });

    it('HttpClient 4.5 against the Go server whose idle timeout fell back to ReadTimeout: every reuse fails', async () => {
      const start = () => servers.startGoServer({ source: GO_READ_TIMEOUT_SERVER });
      const result = await runProgramCell({ source: java('HttpClient45NoStrategy'), start, rounds: ROUNDS, wait: AFTER_FIN_ARRIVED });
      assertEveryProbeFails(result, /^org\.apache\.http\.NoHttpResponseException: 127\.0\.0\.1:\d+ failed to respond$/);
    });
  });

  describe('a sweep of idle gaps', () => {
    it('HttpAsyncClient 4.1 without a strategy reuses the connection at every gap: fine below T, failing past it', async () => {
      const wait = { kind: 'sweep', idleMs: IDLE_MS, offsetsMs: [-150, 100] };
      const result = await runProgramCell({ source: java('AsyncClientNoStrategy'), start: requestCrossesFin, rounds: 4, wait });
      assert.deepEqual(result.probes.map((probe) => [probe.offsetMs, probe.ok]), [[-150, true], [100, false], [-150, true], [100, false]]);
      assert.ok(result.probes.filter((probe) => probe.ok).every((probe) => probe.fresh === false), 'reused below T');
    });
  });

  describe('the harness itself', () => {
    let dir;
    before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalive-lab-test-')); });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('a client that does not compile is reported with the compiler\'s message, and no server is left', async () => {
      const source = path.join(dir, 'Broken.java');
      fs.writeFileSync(source, 'public class Broken { void main() { undefinedCall(); } }\n');
      await assert.rejects(
        runProgramCell({ source, start: finClosingServer, rounds: 1, wait: PAST_IDLE }),
        /javac Broken\.java failed: .*cannot find symbol/s,
      );
      assert.equal(runningCount(), 0);
    });

    it('a client program that dies mid-run fails the cell clearly and its server is stopped', async () => {
      const source = path.join(dir, 'exits_early.go');
      fs.writeFileSync(source, 'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\tlabDrive(func(url string, body []byte) (*http.Response, error) {\n\t\tos.Exit(3)\n\t\treturn nil, nil\n\t})\n}\n');
      await assert.rejects(
        runProgramCell({ source, start: finClosingServer, rounds: 1, wait: PAST_IDLE }),
        /exits_early\.go exited \(code 3/,
      );
      assert.equal(runningCount(), 0);
    });
  });

  describe('a middlebox that silently dropped the flow (no FIN ever)', () => {
    it('HttpClient 4.5, pooled, default strategy: every reuse is reset', async () => {
      const result = await runProgramCell({ source: java('HttpClient45NoStrategy'), start: silentDrop, rounds: ROUNDS, wait: PAST_IDLE });
      assertEveryProbeFails(result, /^java\.net\.SocketException: Connection reset$/);
      assert.equal(result.staleHits, ROUNDS);
    });

    it('HttpClient 4.5 with validateAfterInactivity 200 ms: the stale check cannot see a drop', async () => {
      const result = await runProgramCell({ source: java('HttpClient45StaleCheck'), start: silentDrop, rounds: ROUNDS, wait: PAST_IDLE });
      assertEveryProbeFails(result, /^java\.net\.SocketException: Connection reset$/);
    });
  });
});
