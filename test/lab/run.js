'use strict';
// `npm run lab`: runs every scenario (Node clients, then the Java and Go programs), prints the tables, and
// writes docs/lab.md. Options: --scenario <id> (repeatable, either kind), --rounds <n>, --concurrency <n>,
// --without-plugin (Node flagged configurations only, unlinted; the Java and Go programs need the plugin).
// Only a complete run with the plugin and default rounds writes the doc.
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { runLab } = require('./lab');
const { runProgramLab } = require('./program-lab');
const { scenarios } = require('./scenarios');
const { programScenarios } = require('./program-scenarios');
const { loadPlugin } = require('./configure');
const { textTable, programTable, raceNotes } = require('./report');
const { labMarkdown } = require('./markdown');
const { nginxVersion, javaGoVersions } = require('./versions');
const { stopAll } = require('./servers/supervisor');

const DOC = path.resolve(__dirname, '..', '..', 'docs', 'lab.md');

function positiveInteger(text, name) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

/** The requested ids split into Node and Java/Go scenarios (undefined: all of that kind). */
function selectScenarios(ids) {
  if (!ids) return { node: undefined, programs: undefined };
  const known = [...scenarios, ...programScenarios].map((scenario) => scenario.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length) throw new Error(`unknown lab scenario(s): ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return {
    node: ids.filter((id) => scenarios.some((scenario) => scenario.id === id)),
    programs: ids.filter((id) => programScenarios.some((scenario) => scenario.id === id)),
  };
}

const printRow = (row) => process.stderr.write(`  ${row.scenario} · ${row.clientLabel} · ${row.configuration}: ${row.failures}/${row.rounds} failed\n`);

async function main() {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', multiple: true },
      rounds: { type: 'string' },
      concurrency: { type: 'string' },
      'without-plugin': { type: 'boolean', default: false },
    },
  });
  const withPlugin = !values['without-plugin'];
  const rounds = positiveInteger(values.rounds, 'rounds');
  const concurrency = positiveInteger(values.concurrency, 'concurrency');
  const selected = selectScenarios(values.scenario);
  const started = Date.now();

  let node = { rows: [], skipped: [], calibration: {} };
  if (selected.node === undefined || selected.node.length) {
    node = await runLab({ withPlugin, scenarioIds: selected.node, rounds, concurrency, onRow: printRow });
    console.log(textTable(node.rows));
    for (const note of raceNotes(node.rows)) console.log(note);
    console.log(`\nmeasured idle close (ms): ${JSON.stringify(node.calibration)}`);
  }
  let programs = { rows: [] };
  if (withPlugin && (selected.programs === undefined || selected.programs.length)) {
    programs = await runProgramLab({ plugin: loadPlugin(), scenarioIds: selected.programs, rounds, concurrency, onRow: printRow });
    console.log(`\n${programTable(programs.rows)}`);
  }
  console.log(`\n${Math.round((Date.now() - started) / 1000)} s`);
  if (node.skipped.length) console.log(`without the plugin, skipped: ${node.skipped.join(', ')}`);
  if (!withPlugin) console.log('without the plugin, skipped the Java and Go programs');
  // docs/lab.md records complete runs only.
  if (withPlugin && !values.scenario && !values.rounds) {
    fs.mkdirSync(path.dirname(DOC), { recursive: true });
    fs.writeFileSync(DOC, labMarkdown({
      rows: node.rows,
      calibration: node.calibration,
      scenarios: scenarios.filter((scenario) => node.rows.some((row) => row.scenario === scenario.id)),
      nginxVersion: nginxVersion(),
      date: new Date(),
      programs: { rows: programs.rows, scenarios: programScenarios, versions: javaGoVersions() },
    }));
    console.log(`wrote ${path.relative(process.cwd(), DOC)}`);
  }
}

const stop = (signal) => stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

main().catch((error) => {
  console.error(`lab: ${error.message}`);
  process.exitCode = 1;
});
