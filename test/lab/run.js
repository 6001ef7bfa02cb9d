'use strict';
// `npm run lab`: runs every scenario, prints the table, and writes docs/lab.md.
// Options: --scenario <id> (repeatable), --rounds <n>, --concurrency <n>, --without-plugin (flagged
// configurations only, unlinted). Only a complete run with the plugin and default rounds writes the doc.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { runLab } = require('./lab');
const { scenarios } = require('./scenarios');
const { textTable, raceNotes } = require('./report');
const { labMarkdown } = require('./markdown');
const { stopAll } = require('./servers/supervisor');

const DOC = path.resolve(__dirname, '..', '..', 'docs', 'lab.md');

function nginxVersion() {
  const result = spawnSync('nginx', ['-v'], { encoding: 'utf8', env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` } });
  return result.status === 0 ? result.stderr.trim().replace('nginx version: ', '') : 'nginx not found';
}

function positiveInteger(text, name) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

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
  const started = Date.now();
  const { rows, skipped, calibration } = await runLab({
    withPlugin,
    scenarioIds: values.scenario,
    rounds: positiveInteger(values.rounds, 'rounds'),
    concurrency: positiveInteger(values.concurrency, 'concurrency'),
    onRow: (row) => process.stderr.write(`  ${row.scenario} · ${row.clientLabel} · ${row.configuration}: ${row.failures}/${row.rounds} failed\n`),
  });
  console.log(textTable(rows));
  for (const note of raceNotes(rows)) console.log(note);
  console.log(`\nmeasured idle close (ms): ${JSON.stringify(calibration)}; ${Math.round((Date.now() - started) / 1000)} s`);
  if (skipped.length) console.log(`without the plugin, skipped: ${skipped.join(', ')}`);
  // docs/lab.md records complete runs only.
  if (withPlugin && !values.scenario && !values.rounds) {
    const ran = scenarios.filter((scenario) => rows.some((row) => row.scenario === scenario.id));
    fs.mkdirSync(path.dirname(DOC), { recursive: true });
    fs.writeFileSync(DOC, labMarkdown({ rows, calibration, scenarios: ran, nginxVersion: nginxVersion(), date: new Date() }));
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
