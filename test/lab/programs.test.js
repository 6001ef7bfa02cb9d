'use strict';
// The harness behind the Java and Go lab (program-lab.test.js runs the incidents): real client programs
// (Debian's HttpClient 4.5, HttpAsyncClient 4.1, HttpClient 5.2, OkHttp 3.13; Go 1.19 net/http), written as a
// user would, compiled and run against real servers on 127.0.0.1, linted by the plugin before they run.
// Needs test/lab/setup.sh.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const servers = require('./servers');
const { runProgramCell } = require('./programs/cell');
const { buildProgramSource } = require('./programs/configure-program');
const { loadPlugin } = require('./configure');
const { RULE } = require('./scenarios');
const { stopAll, runningCount } = require('./servers/supervisor');

const IDLE_MS = 300;
const PAST_IDLE = { kind: 'gap', gapMs: IDLE_MS + 200 };
const java = (name) => path.join(__dirname, 'jvm', 'clients', `${name}.java`);

const finClosingServer = () => servers.startRawIdleServer({ idleMs: IDLE_MS });
const requestCrossesFin = () => servers.startRawIdleServer({ idleMs: IDLE_MS, closeOnLateRequest: true });

describe('fault lab: Java and Go client programs (real libraries, servers on 127.0.0.1)', function () {
  this.timeout(60_000);
  after(() => stopAll());

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

    it('a program the named rule does not flag is refused before anything runs, with the rule and the settings', async () => {
      const settings = { servers: [{ name: 'lab-raw', idleTimeoutMs: 3_600_000 }], marginMs: 200 };
      await assert.rejects(
        buildProgramSource(loadPlugin(), { source: java('OkHttpDefaultPool'), fix: [RULE.belowServer] }, settings),
        /keepalive\/require-idle-timeout-below-server did not flag the program \(test\/lab\/jvm\/clients\/OkHttpDefaultPool\.java, settings\.keepalive .*60000/,
      );
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
});
