'use strict';
// `node bench/lsp/memory-flags.js [--runs 2] [--settle 2500] -- "<node flags>" …`: our server's resident memory
// after opening the same 50 modules as `bench:lsp`, and how long the opens took, once with the Node flags the
// extension passes and once per other set of flags given. Weighs V8 heap settings against latency.
const { parseArgs } = require('node:util');
const { memoryAfterOpening, OPENED_SIZES } = require('./measure');
const { median, formatMb, formatMs, describeMachine, load, table } = require('./stats');
const { OurServer, SERVER_NODE_FLAGS } = require('./systems');
const { BenchWorkspace } = require('./workspace');

function options() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '2' }, settle: { type: 'string', default: '2500' } } });
  const runs = Number(values.runs);
  const settleMs = Number(values.settle);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}".`);
  if (!Number.isInteger(settleMs) || settleMs < 0) throw new Error(`--settle must be a whole number ≥ 0, got "${values.settle}".`);
  const flagSets = [[...SERVER_NODE_FLAGS], ...positionals.map((text) => [...SERVER_NODE_FLAGS, ...text.split(/\s+/).filter(Boolean)])];
  return { runs, settleMs, flagSets };
}

async function main() {
  const { runs, settleMs, flagSets } = options();
  const extra = flagSets.slice(1).map((flags) => ` "${flags.slice(SERVER_NODE_FLAGS.length).join(' ')}"`).join('');
  console.log(describeMachine(`node bench/lsp/memory-flags.js --runs ${runs} --settle ${settleMs} --${extra}`));
  const workspace = new BenchWorkspace();
  const rows = [['node flags', 'run', 'RSS at once', 'peak RSS', `RSS ${settleMs / 1000} s later`, 'median open → diagnostics', 'all 50 opens']];
  try {
    for (const flags of flagSets) {
      for (let run = 1; run <= runs; run++) {
        const server = new OurServer(undefined, flags);
        const memory = (await memoryAfterOpening([server], workspace, { count: 50, sizes: OPENED_SIZES, settleMs }))[server.name];
        rows.push([flags.join(' '), String(run), formatMb(memory.rss), formatMb(memory.peak), formatMb(memory.settled), formatMs(median(memory.opens)), formatMs(memory.opens.reduce((sum, ms) => sum + ms, 0))]);
        console.log(`done: ${flags.join(' ')} run ${run}`);
      }
    }
  } finally {
    workspace.remove();
  }
  console.log(`load average at end: ${load()}`);
  console.log(table(rows));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
