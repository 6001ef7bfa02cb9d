#!/usr/bin/env node
'use strict';
// `npm run bench:lsp [-- --edits 50 --sizes 500,3000,10000 --kinds number,code --files 50 --cold 3 --pause 300
// --settle 10000 --server <path>]`: editor latency of
// keepalive-lint's language server next to vscode-eslint's running the same rules, on the same generated
// service modules, in one run. Prints medians, p95s and ratios; results go to bench/RESULTS.md by hand.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { parseArgs } = require('node:util');
const { editLatency, firstDiagnostics, memoryAfterOpening, OPENED_SIZES } = require('./measure');
const { EDIT_KINDS, serviceModule } = require('./service-module');
const { reportGoal } = require('../goals');
const { describeMachine, formatMb, formatMs, formatRatio, load, median, p95, table } = require('./stats');
const { LintTextBaseline, OUR_SERVER, OurServer, PeerServer } = require('./systems');
const { BenchWorkspace } = require('./workspace');

const GOAL_LATENCY_RATIO = 0.5;
const GOAL_RSS_BYTES = 120e6;
/** The modules opened for the memory measurement cycle through these sizes (lines). */

function options() {
  const { values } = parseArgs({
    options: {
      edits: { type: 'string', default: '50' },
      sizes: { type: 'string', default: '500,3000,10000' },
      kinds: { type: 'string', default: Object.keys(EDIT_KINDS).join(',') },
      settle: { type: 'string', default: '10000' },
      files: { type: 'string', default: '50' },
      cold: { type: 'string', default: '3' },
      pause: { type: 'string', default: '300' },
      server: { type: 'string', default: OUR_SERVER },
    },
  });
  const wholeNumber = (name, min) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${values[name]}".`);
    return value;
  };
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 100)) throw new Error(`--sizes must be line counts ≥ 100, e.g. 500,3000, got "${values.sizes}".`);
  const kinds = values.kinds.split(',');
  if (kinds.some((kind) => !(kind in EDIT_KINDS))) throw new Error(`--kinds must name edit kinds among ${Object.keys(EDIT_KINDS).join(', ')}, got "${values.kinds}".`);
  if (!existsSync(values.server)) throw new Error(`--server: ${values.server} does not exist${values.server === OUR_SERVER ? ' (run `npm run build` first)' : ''}.`);
  return { edits: wholeNumber('edits', 1), sizes, kinds, files: wholeNumber('files', 1), cold: wholeNumber('cold', 1), pauseMs: wholeNumber('pause', 0), settleMs: wholeNumber('settle', 0), server: values.server };
}

/** Installs the peer (idempotent); returns why it cannot run, or null. */
function preparePeer() {
  const setup = spawnSync('bash', [join(__dirname, 'setup.sh')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (setup.status !== 0) return `bench/lsp/setup.sh failed (exit ${setup.status ?? setup.signal}): ${(setup.stderr || '').trim().split('\n').slice(-3).join(' / ')}`;
  return PeerServer.available();
}

async function main() {
  const settings = options();
  const peerProblem = preparePeer();
  const server = settings.server === OUR_SERVER ? '' : ` --server ${settings.server}`;
  const command = `node bench/lsp/run.js --edits ${settings.edits} --sizes ${settings.sizes.join(',')} --kinds ${settings.kinds.join(',')} --files ${settings.files} --cold ${settings.cold} --pause ${settings.pauseMs} --settle ${settings.settleMs}${server}`;
  console.log(describeMachine(command));
  if (peerProblem) console.log(`\nThe peer cannot run here: ${peerProblem}\nComparing with ESLint#lintText per edit instead.`);
  const ours = new OurServer(settings.server);
  const peer = peerProblem ? new LintTextBaseline() : new PeerServer();
  const systems = [ours, peer];
  const workspace = new BenchWorkspace();
  const mismatches = [];
  const rows = [];
  try {
    for (const lines of settings.sizes) {
      const name = `service-${lines}.js`;
      const text = serviceModule(lines);
      const file = { name, text, uri: workspace.add(name, text) };
      const cold = { [ours.name]: [], [peer.name]: [] };
      for (let round = 0; round < settings.cold; round++) {
        const first = await firstDiagnostics(round % 2 === 0 ? systems : [peer, ours], workspace, file);
        for (const system of systems) cold[system.name].push(first[system.name].ms);
        if (first[ours.name].count !== first[peer.name].count) mismatches.push({ file: name, edit: 'open', counts: first });
      }
      const latencies = {};
      for (const kind of settings.kinds) {
        const run = await editLatency(systems, workspace, file, { edits: settings.edits, pauseMs: settings.pauseMs, kind });
        mismatches.push(...run.mismatches);
        latencies[kind] = run.latencies;
        const [a, b] = [run.latencies[ours.name], run.latencies[peer.name]];
        console.log(`${name}, ${kind} edits: median ${formatMs(median(a))} vs ${formatMs(median(b))} (${formatRatio(median(a) / median(b))}); load ${load()}`);
      }
      rows.push({ lines, cold, latencies });
    }
    const memory = await memoryAfterOpening(systems, workspace, { count: settings.files, sizes: OPENED_SIZES, settleMs: settings.settleMs });
    report({ ours, peer, rows, memory, settings, mismatches });
  } finally {
    workspace.remove();
  }
  return mismatches.length > 0 ? 1 : 0;
}

function report({ ours, peer, rows, memory, settings, mismatches }) {
  const [o, p] = [ours.name, peer.name];
  for (const kind of settings.kinds) {
    console.log(`\nEdit → diagnostics, ${kind} edits (${settings.edits} one-character edits of ${EDIT_KINDS[kind].describe}, ${settings.pauseMs} ms pause after each):\n`);
    const latencyRows = [['lines', `${o} median`, `${p} median`, 'ratio', `${o} p95`, `${p} p95`, 'p95 ratio', `goal ≤ ${GOAL_LATENCY_RATIO}×`]];
    for (const { lines, latencies: byKind } of rows) {
      const latencies = byKind[kind];
      const ratio = median(latencies[o]) / median(latencies[p]);
      latencyRows.push([
        String(lines), formatMs(median(latencies[o])), formatMs(median(latencies[p])), formatRatio(ratio),
        formatMs(p95(latencies[o])), formatMs(p95(latencies[p])), formatRatio(p95(latencies[o]) / p95(latencies[p])), ratio <= GOAL_LATENCY_RATIO ? 'met' : 'NOT met',
      ]);
    }
    console.log(table(latencyRows));
  }
  // The goal is about the edit a user makes while tuning a pool: a digit of a timeout. Code edits are shown beside it.
  if (settings.kinds.includes('number')) {
    for (const { lines, latencies: { number: latencies } } of rows) {
      const ratio = median(latencies[o]) / median(latencies[p]);
      reportGoal(`JavaScript editor, a digit of a timeout in a ${lines}-line module: edit → diagnostics ≤ ${GOAL_LATENCY_RATIO}× ${p}'s (medians)`, `${formatRatio(ratio)} (${formatMs(median(latencies[o]))} against ${formatMs(median(latencies[p]))})`, ratio <= GOAL_LATENCY_RATIO);
    }
  }
  console.log(`\nFirst diagnostics after open (fresh server, median of ${settings.cold}):\n`);
  const coldRows = [['lines', o, p, 'ratio']];
  for (const { lines, cold } of rows) coldRows.push([String(lines), formatMs(median(cold[o])), formatMs(median(cold[p])), formatRatio(median(cold[o]) / median(cold[p]))]);
  console.log(table(coldRows));
  const lines = memory[o].lines;
  console.log(`\nAfter opening ${settings.files} modules (${OPENED_SIZES.join('/')} lines in turn, ${lines} lines in all), each until its diagnostics arrived:\n`);
  const memoryRows = [['', o, p]];
  memoryRows.push(['RSS at once', formatMb(memory[o].rss), formatMb(memory[p].rss)]);
  memoryRows.push([`RSS ${settings.settleMs / 1000} s later, idle`, formatMb(memory[o].settled), formatMb(memory[p].settled)]);
  memoryRows.push(['peak RSS', formatMb(memory[o].peak), formatMb(memory[p].peak)]);
  memoryRows.push(['median open → diagnostics', formatMs(median(memory[o].opens)), formatMs(median(memory[p].opens))]);
  console.log(table(memoryRows));
  const opened = `after opening ${settings.files} modules (${lines} lines)`;
  reportGoal(`JavaScript editor server's RSS ≤ ${formatMb(GOAL_RSS_BYTES)} ${opened}, at once`, formatMb(memory[o].rss), memory[o].rss <= GOAL_RSS_BYTES);
  reportGoal(`JavaScript editor server's RSS ≤ ${formatMb(GOAL_RSS_BYTES)} ${opened}, ${settings.settleMs / 1000} s later (idle)`, formatMb(memory[o].settled), memory[o].settled <= GOAL_RSS_BYTES);
  console.log(`Load average at the end: ${load()}`);
  if (mismatches.length > 0) {
    console.log(`\n${mismatches.length} times the two systems disagreed on the number of findings:`);
    for (const mismatch of mismatches.slice(0, 10)) console.log(`  ${mismatch.file} edit ${mismatch.edit}: ${JSON.stringify(mismatch.counts)}`);
  } else {
    console.log('Both systems reported the same number of findings after every open and edit.');
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`bench:lsp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
