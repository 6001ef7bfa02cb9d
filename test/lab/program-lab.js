'use strict';
// The Java and Go half of the lab as a function: every program of every scenario is linted with the plugin
// and, for suggested configurations, fixed by its suggestion (programs/configure-program.js); the Java
// programs are compiled in a few javac runs and the Go ones built; then each cell (scenario × client ×
// configuration) runs one program against a fresh server, and becomes a row.
const path = require('node:path');
const { programScenarios, ROUNDS } = require('./program-scenarios');
const { buildProgramSource } = require('./programs/configure-program');
const { runProgramCell } = require('./programs/cell');
const { compileJavaPrograms } = require('./jvm/compile');
const { buildGo } = require('./go/build');
const { inParallel } = require('./parallel');
const { stopAll } = require('./servers/supervisor');

/** A library's error with the run's port numbers taken out, so equal errors count together. */
const errorText = (probe) => `${probe.error}: ${probe.message ?? ''}`.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>').trim();

function countErrors(probes) {
  const counts = {};
  for (const probe of probes) if (!probe.ok) counts[errorText(probe)] = (counts[errorText(probe)] ?? 0) + 1;
  return counts;
}

/** Lints and fixes every program of the selected scenarios; the jobs to run, in table order. */
async function prepareJobs(plugin, scenarios) {
  const jobs = [];
  for (const scenario of scenarios) {
    for (const cell of scenario.cells) {
      for (const configuration of cell.configurations) {
        const settings = cell.settings ?? scenario.settings;
        const client = await buildProgramSource(plugin, configuration.client, settings);
        const serverSpec = configuration.server ?? scenario.server;
        const server = serverSpec ? await buildProgramSource(plugin, serverSpec, settings) : null;
        jobs.push({ scenario, cell, configuration, client, server, serverSpec, start: cell.start ?? scenario.start });
      }
    }
  }
  return jobs;
}

/** Compiles every distinct Java program in a few javac runs while the Go programs build (cached by content). */
async function buildPrograms(jobs) {
  const clients = [...new Set(jobs.map((job) => job.client.file))];
  const goServers = [...new Set(jobs.filter((job) => job.server).map((job) => job.server.file))];
  const goClients = clients.filter((file) => file.endsWith('.go'));
  const [javaPrograms, goPrograms] = await Promise.all([
    compileJavaPrograms(clients.filter((file) => file.endsWith('.java'))),
    Promise.all(goClients.map((file) => buildGo(file, 'client'))),
    Promise.all(goServers.map((file) => buildGo(file, 'server'))),
  ]);
  goClients.forEach((file, index) => javaPrograms.set(file, goPrograms[index]));
  return javaPrograms;
}

/** What a reader compares: the suggestions applied to this program (and its server), or what was linted. */
function summarize(job) {
  const changes = [...job.client.changes, ...(job.server?.changes ?? []).map((change) => `server: ${change}`)];
  if (changes.length) return changes.join('; ');
  const asWritten = (spec) => `${path.basename(spec.source)} as written (flagged by ${spec.flaggedBy.join(', ')})`;
  const server = job.serverSpec?.flaggedBy ? `; the server ${asWritten(job.serverSpec)}` : '';
  return `${asWritten(job.configuration.client)}${server}`;
}

function toRow(job, result) {
  const failed = result.probes.filter((probe) => !probe.ok);
  return {
    scenario: job.scenario.id,
    kind: 'deterministic',
    language: job.client.file.endsWith('.go') ? 'go' : 'java',
    client: job.cell.client,
    clientLabel: job.cell.client,
    configuration: job.configuration.label,
    expect: job.configuration.expect,
    retries: job.configuration.retries ?? null,
    summary: summarize(job),
    source: job.configuration.client.source,
    code: job.client.code,
    fixed: job.client.changes.length > 0,
    serverCode: job.server?.code ?? null,
    serverFixed: (job.server?.changes.length ?? 0) > 0,
    rounds: result.probes.length,
    failures: failed.length,
    codes: countErrors(result.probes),
    freshConnections: result.probes.filter((probe) => probe.fresh === true).length,
    reusedConnections: result.probes.filter((probe) => probe.fresh === false).length,
    failedOffsetsMs: [],
    warmFailures: result.warmFailures,
    idleTimerMs: null,
    staleHits: job.scenario.countsStaleRequests === false ? null : result.staleHits,
    server: result.server,
  };
}

/**
 * Options: `plugin` (the built plugin, see configure.js), `scenarioIds`, `rounds`, `concurrency`, `onRow(row)`.
 * Resolves `{ rows }`. Every process it starts is stopped before it returns or throws.
 */
async function runProgramLab({ plugin, scenarioIds, rounds = ROUNDS, concurrency = 2, onRow = () => {} }) {
  const unknown = (scenarioIds ?? []).filter((id) => !programScenarios.some((scenario) => scenario.id === id));
  if (unknown.length) throw new Error(`unknown Java/Go lab scenario(s): ${unknown.join(', ')}`);
  const scenarios = scenarioIds ? programScenarios.filter((scenario) => scenarioIds.includes(scenario.id)) : programScenarios;
  try {
    // Every program is linted, fixed and compiled before any server starts: a problem fails fast and clearly.
    const jobs = await prepareJobs(plugin, scenarios);
    const programs = await buildPrograms(jobs);
    const rows = await inParallel(jobs, concurrency, async (job) => {
      const result = await runProgramCell({
        source: job.client.file,
        program: programs.get(job.client.file),
        start: () => job.start(job.server?.file),
        rounds,
        wait: job.configuration.wait ?? job.scenario.wait,
      });
      const row = toRow(job, result);
      onRow(row);
      return row;
    });
    return { rows };
  } finally {
    await stopAll();
  }
}

module.exports = { runProgramLab, errorText };
