'use strict';
// The lab as a function: builds every configuration's module (through the plugin), measures when each
// server really closes an idle connection, runs every cell in a worker process, and returns the rows.
const { fork } = require('node:child_process');
const path = require('node:path');
const { scenarios: allScenarios } = require('./scenarios');
const { clientNamed } = require('./clients');
const { buildModule, loadPlugin } = require('./configure');
const { measureIdleClose } = require('./measure-idle');
const { track, stopAll } = require('./servers/supervisor');
const { inParallel } = require('./parallel');

const CELL_TIMEOUT_MS = 90_000;

function runInWorker(job) {
  const child = track(fork(path.join(__dirname, 'cell.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${job.name}: no result within ${CELL_TIMEOUT_MS} ms`));
    }, CELL_TIMEOUT_MS);
    child.once('message', (message) => {
      clearTimeout(timer);
      if (message?.type === 'result') resolve(message.result);
      else reject(new Error(`${job.name}: ${message?.message ?? 'unexpected message'}`));
    });
    // 'close', not 'exit': the result can still be in the IPC channel when 'exit' arrives (the worker sends it and
    // exits at once); 'close' comes after the channel and stdio are closed, so every message has been read.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${job.name}: worker exited (code ${code}, signal ${signal}) without a result`));
    });
    child.send(job);
  });
}

/** Counts per error code, e.g. `{ ECONNRESET: 4 }`. */
function countCodes(probes) {
  const codes = {};
  for (const probe of probes) if (!probe.ok) codes[probe.code] = (codes[probe.code] ?? 0) + 1;
  return codes;
}

/** The option text a reader compares: the module's statements except `require`s and the export line. */
function summarize(code) {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/require\(/.test(line) && line !== 'module.exports = server;' && !/= http\.createServer\(\);$/.test(line))
    .map((line) => line.replace(/^module\.exports = /, '').replace(/;$/, ''))
    .join('; ');
}

function toRow(job, result) {
  const failed = result.probes.filter((probe) => !probe.ok);
  return {
    scenario: job.scenarioId,
    kind: job.kind,
    client: job.client,
    clientLabel: clientNamed(job.client).label,
    configuration: job.label,
    expect: job.expect,
    code: job.code,
    summary: summarize(job.code),
    rounds: result.probes.length,
    failures: failed.length,
    codes: countCodes(result.probes),
    freshConnections: result.probes.filter((probe) => probe.fresh === true).length,
    reusedConnections: result.probes.filter((probe) => probe.fresh === false).length,
    failedOffsetsMs: job.sweep ? failed.map((probe) => probe.offsetMs) : [],
    warmFailures: result.warmFailures,
    idleTimerMs: result.idleTimerMs,
    configuredIdleMs: result.configuredIdleMs,
    serverCloseMs: job.closeMs,
    server: result.server,
  };
}

/**
 * Options: `withPlugin` (default true: fixed configurations come from the plugin's suggestions; false:
 * only the flagged ones run, unlinted), `scenarioIds`, `rounds` (overrides each scenario's), `concurrency`,
 * `onRow(row)`. Returns `{ rows, skipped, calibration }`.
 */
async function runLab({ withPlugin = true, scenarioIds, rounds, concurrency = 3, onRow = () => {} } = {}) {
  const plugin = withPlugin ? loadPlugin() : null;
  const scenarios = scenarioIds ? allScenarios.filter((s) => scenarioIds.includes(s.id)) : allScenarios;
  const unknown = (scenarioIds ?? []).filter((id) => !allScenarios.some((s) => s.id === id));
  if (unknown.length) throw new Error(`unknown lab scenario(s): ${unknown.join(', ')}`);

  // Every module is built before any server starts: a configuration problem fails fast and clearly.
  const jobs = [];
  const skipped = [];
  for (const scenario of scenarios) {
    scenario.cells.forEach((cell, cellIndex) => {
      cell.configurations.forEach((configuration, configurationIndex) => {
        const name = `${scenario.id}/${cell.client}/${configuration.label}`;
        if (!plugin && configuration.fix) {
          skipped.push(name);
          return;
        }
        // The rules read the Node version to know its defaults; the lab's Node is the one that runs the code.
        const settings = { ...scenario.settings, node: process.versions.node };
        const built = buildModule(name.replaceAll(' ', '-'), configuration, settings, plugin);
        jobs.push({
          name,
          scenarioId: scenario.id,
          kind: scenario.kind,
          cellIndex,
          configurationIndex,
          client: cell.client,
          label: configuration.label,
          expect: configuration.expect,
          modulePath: built.file,
          code: built.code,
          rounds: rounds ?? scenario.rounds,
          sweep: scenario.wait(0).kind === 'sweep',
        });
      });
    });
  }

  try {
    const calibration = {};
    for (const scenario of scenarios) {
      if (!scenario.calibrate) continue;
      const server = await scenario.start();
      try {
        calibration[scenario.id] = await measureIdleClose(server.port);
      } finally {
        await server.stop();
      }
    }
    for (const job of jobs) job.closeMs = calibration[job.scenarioId] ?? null;

    const rows = await inParallel(jobs, concurrency, async (job) => {
      const row = toRow(job, await runInWorker(job));
      onRow(row);
      return row;
    });
    return { rows, skipped, calibration };
  } finally {
    await stopAll();
  }
}

module.exports = { runLab };
