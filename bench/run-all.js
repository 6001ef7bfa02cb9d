#!/usr/bin/env node
'use strict';
// `npm run bench`: the benchmarks that carry the project's speed and memory goals, one after the other, each in its
// own process (a benchmark never shares a heap or JIT state with the one before it). Echoes their output, then
// sums up every goal with its verdict; exits 1 when a goal is not met or a benchmark fails. Expects a build and the
// corpora (the npm script runs `npm run build` and the corpus installers first). About 25 minutes on 2 cores.
// Left out, each its own script: the robustness sweep (`npm run sweep`: crashes and suggestion checks over 47 000
// files, about 20 minutes), the memory flag explorer (`npm run bench:lsp-memory`: it compares V8 settings, it checks
// no goal) and the language micro-benchmark (`npm run bench:languages`).
const { spawn } = require('node:child_process');
const { loadavg } = require('node:os');
const { join } = require('node:path');
const { parseGoal } = require('./goals');

const BENCHMARKS = [
  { name: 'editor latency and memory, JavaScript (bench:lsp)', script: 'lsp/run.js' },
  { name: 'editor latency, Java and Go (bench:lsp-java-go)', script: 'lsp/tree-sitter-edits.js' },
  { name: 'lint cost (bench:lint)', script: 'lint/run.js' },
  { name: 'throughput, JavaScript, Java and Go (bench:throughput)', script: 'languages/throughput.js' },
];

/** Runs one benchmark, echoing its output; resolves with its exit code and the goals it stated. */
function runBenchmark({ script }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(__dirname, script)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const goals = [];
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const goal = parseGoal(line);
        if (goal) goals.push(goal);
      }
    });
    child.on('close', (code, signal) => {
      const goal = parseGoal(pending);
      if (goal) goals.push(goal);
      resolve({ code: code ?? signal, goals });
    });
  });
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

async function main() {
  const results = [];
  for (const benchmark of BENCHMARKS) {
    console.log(`\n## ${benchmark.name}: node bench/${benchmark.script} (load average ${load()})\n`);
    const started = performance.now();
    const { code, goals } = await runBenchmark(benchmark);
    results.push({ ...benchmark, code, goals, seconds: (performance.now() - started) / 1000 });
  }
  console.log(`\n## Goals (load average at the end ${load()})\n`);
  let failed = false;
  for (const { name, code, goals, seconds } of results) {
    console.log(`${name}, ${seconds.toFixed(0)} s${code === 0 ? '' : `, exit ${code}`}:`);
    if (goals.length === 0) console.log('  no goal (the numbers are recorded for comparison)');
    for (const { met, goal, measured } of goals) console.log(`  ${met ? 'met    ' : 'NOT met'}  ${goal}: ${measured}`);
    failed ||= code !== 0 || goals.some((goal) => !goal.met);
  }
  console.log(failed ? '\nSome goal is not met, or a benchmark failed.' : '\nEvery goal is met.');
  return failed ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
