'use strict';
// The fault lab under mocha: each failure the rules name, reproduced with real sockets on 127.0.0.1, and
// gone with the configuration the plugin's suggestion produces. Needs nginx (test/lab/setup.sh) and the
// built plugin. Race rows (a real FIN at the timeout) are printed, not asserted, for flagged configurations.
const assert = require('node:assert/strict');
const { runLab } = require('./lab');
const { scenarios } = require('./scenarios');
const { textTable, raceNotes } = require('./report');
const { stopAll } = require('./servers/supervisor');

const STALE_SOCKET_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'socket hang up']);

describe('fault lab (real servers on 127.0.0.1)', function () {
  this.timeout(120_000);
  let rows = [];

  before(async function () {
    ({ rows } = await runLab());
    console.log(`${textTable(rows)}\n${raceNotes(rows).join('\n')}`);
  });

  after(() => stopAll());

  const rowFor = (scenario, client, configuration) => {
    const row = rows.find((r) => r.scenario === scenario && r.client === client && r.configuration === configuration);
    assert.ok(row, `no result for ${scenario} / ${client} / ${configuration}`);
    return row;
  };

  for (const scenario of scenarios) {
    describe(scenario.id, () => {
      for (const cell of scenario.cells) {
        for (const configuration of cell.configurations) {
          if (configuration.expect === 'fails-every-reuse') {
            it(`${cell.client}, ${configuration.label}: every probe fails on the stale pooled connection`, () => {
              const row = rowFor(scenario.id, cell.client, configuration.label);
              assert.deepEqual(row.warmFailures, []);
              assert.equal(row.failures, row.rounds, `failed ${row.failures} of ${row.rounds}`);
              for (const code of Object.keys(row.codes)) assert.ok(STALE_SOCKET_ERRORS.has(code), `unexpected error ${code}`);
            });
          }
          if (configuration.expect === 'no-failures') {
            it(`${cell.client}, ${configuration.label}: no probe fails`, () => {
              const row = rowFor(scenario.id, cell.client, configuration.label);
              assert.deepEqual(row.warmFailures, []);
              assert.deepEqual(row.codes, {});
              assert.equal(row.failures, 0);
              // A client-side fix works because the client closed the idle socket itself: a new connection.
              if (scenario.side !== 'server') assert.equal(row.freshConnections, row.rounds);
            });
          }
        }
      }
    });
  }

  describe('what the hint and keepAliveMsecs do', () => {
    it('node-server-hint: an agent without `timeout` puts no idle timer on the pooled socket (hint ignored)', () => {
      assert.equal(rowFor('node-server-hint', 'node-agent', 'flagged').idleTimerMs, 0);
    });

    it('node-server-hint: with `timeout`, the server hint lowers the idle timer below it', () => {
      const row = rowFor('node-server-hint', 'node-agent', 'suggested');
      assert.ok(row.idleTimerMs > 0 && row.idleTimerMs < row.configuredIdleMs,
        `idle timer ${row.idleTimerMs} ms, configured timeout ${row.configuredIdleMs} ms`);
    });

    it('keepalive-msecs-is-not-idle: keepAliveMsecs alone fails exactly like no idle setting', () => {
      const none = rowFor('keepalive-msecs-is-not-idle', 'node-agent', 'no idle setting');
      const tcpOnly = rowFor('keepalive-msecs-is-not-idle', 'node-agent', 'flagged');
      assert.equal(tcpOnly.idleTimerMs, none.idleTimerMs);
      assert.deepEqual(tcpOnly.codes, none.codes);
    });

    it('server-idle-equals-client-interval: the suggested server still holds the connection the balancer reuses', () => {
      const row = rowFor('server-idle-equals-client-interval', 'load-balancer', 'suggested');
      assert.equal(row.reusedConnections, row.rounds);
    });
  });
});
