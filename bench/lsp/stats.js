'use strict';
// Small numeric helpers and the machine description printed with every run.
const { cpus, freemem, loadavg, release, totalmem } = require('node:os');

function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least q of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const median = (values) => quantile(values, 0.5);
const p95 = (values) => quantile(values, 0.95);

function formatMs(ms) {
  return Number.isFinite(ms) ? `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)} ms` : '—';
}

function formatMb(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(0)} MB` : '—';
}

function formatRatio(ratio) {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—';
}

function load() {
  return loadavg().map((value) => value.toFixed(2)).join(' ');
}

function describeMachine(command) {
  const cpu = cpus();
  return [
    `command: ${command}`,
    `date: ${new Date().toISOString()}`,
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} free), Linux ${release()}`,
    `node: ${process.version}`,
    `load average (1/5/15 min) at start: ${load()}`,
  ].join('\n');
}

/** A Markdown table: the first row is the header. */
function table(rows) {
  const [header, ...body] = rows;
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

module.exports = { median, p95, quantile, formatMs, formatMb, formatRatio, describeMachine, load, table };
