'use strict';
// The Java and Go fault lab under mocha: each incident with the real client library, the program as written
// (flagged by the plugin), with its library's retries off, and with the plugin's suggestion applied, against
// real servers on 127.0.0.1. Every scenario is deterministic: with retries off the flagged program fails on
// every reuse; the suggested one never fails. Needs test/lab/setup.sh (JDK, Debian's jars, Go, nginx).
const assert = require('node:assert/strict');
const { runProgramLab } = require('./program-lab');
const { programScenarios } = require('./program-scenarios');
const { loadPlugin } = require('./configure');
const { programTable } = require('./report');
const { stopAll } = require('./servers/supervisor');

describe('fault lab: Java and Go programs (real libraries, the plugin\'s suggestions, servers on 127.0.0.1)', function () {
  let rows = [];

  before(async function () {
    this.timeout(240_000);
    ({ rows } = await runProgramLab({ plugin: loadPlugin() }));
    console.log(programTable(rows));
  });

  after(() => stopAll());

  const rowFor = (scenario, client, configuration) => {
    const row = rows.find((r) => r.scenario === scenario && r.client === client && r.configuration === configuration);
    assert.ok(row, `no result for ${scenario} / ${client} / ${configuration}`);
    return row;
  };

  for (const scenario of programScenarios) {
    describe(scenario.id, () => {
      for (const cell of scenario.cells) {
        for (const configuration of cell.configurations) {
          const row = () => rowFor(scenario.id, cell.client, configuration.label);
          if (configuration.expect === 'fails-every-reuse') {
            it(`${cell.client}, ${configuration.label}: every reuse fails with the library's stale-connection error`, () => {
              const { warmFailures, failures, rounds, codes, staleHits } = row();
              assert.deepEqual(warmFailures, []);
              assert.equal(failures, rounds, `failed ${failures} of ${rounds}`);
              for (const text of Object.keys(codes)) assert.match(text, configuration.error);
              // null: a target that cannot see a request reach a connection it closed (see program-scenarios.js).
              if (staleHits !== null) assert.equal(staleHits, rounds, 'the server saw each reused request fail');
            });
          }
          if (configuration.expect === 'retried') {
            it(`${cell.client}, ${configuration.label}: the caller sees no failure, the server saw every reuse fail (the library resent it)`, () => {
              const { warmFailures, failures, rounds, staleHits, freshConnections } = row();
              assert.deepEqual(warmFailures, []);
              assert.equal(failures, 0);
              assert.equal(staleHits, rounds);
              assert.equal(freshConnections, rounds);
            });
          }
          if (configuration.expect === 'no-failures') {
            it(`${cell.client}, ${configuration.label}: no request fails`, () => {
              const { warmFailures, failures, codes, rounds, freshConnections, reusedConnections, staleHits } = row();
              assert.deepEqual(warmFailures, []);
              assert.deepEqual(codes, {});
              assert.equal(failures, 0);
              if (staleHits !== null) assert.equal(staleHits, 0, 'no request reached a closed connection');
              // A server-side fix keeps the connection open; a client-side one closed it before the server did.
              if (configuration.server) assert.equal(reusedConnections, rounds);
              else assert.equal(freshConnections, rounds);
            });
          }
        }
      }
    });
  }

  it('every suggested program is the flagged one with the plugin\'s suggestion applied (not a hand-written copy)', () => {
    const suggested = rows.filter((row) => row.configuration.startsWith('suggested'));
    assert.ok(suggested.every((row) => row.fixed || row.serverFixed));
    assert.ok(suggested.length >= programScenarios.length);
    for (const row of suggested) {
      const flagged = rowFor(row.scenario, row.client, 'flagged');
      assert.notEqual(row.summary, flagged.summary);
      assert.match(row.summary, /^(server: )?(Use a keep-alive strategy|Set `)/);
      if (row.serverFixed) assert.notEqual(row.serverCode, flagged.serverCode);
      else assert.notEqual(row.code, flagged.code);
    }
  });
});
