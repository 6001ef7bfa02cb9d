'use strict';
// Plain-text output shared by the benchmark and the sweep: machine line, tables, durations.
const os = require('node:os');

/** Everything RESULTS.md needs to say where and how a number was taken. */
function describeMachine(command) {
  const [cpu] = os.cpus();
  const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
  const eslintVersion = require('eslint/package.json').version;
  const keepaliveVersion = require('eslint-plugin-keepalive/package.json').version;
  return [
    `date: ${new Date().toISOString()}`,
    `machine: ${cpu?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
    `load average (1/5/15 min) at start: ${load}`,
    `node ${process.version}, eslint ${eslintVersion}, eslint-plugin-keepalive ${keepaliveVersion}`,
    `command: ${command}`,
  ].join('\n');
}

function formatMs(ms) {
  const size = Math.abs(ms);
  return size >= 100 ? ms.toFixed(0) : size >= 1 ? ms.toFixed(1) : ms.toFixed(3);
}

/** Left-aligned first column, right-aligned numbers. */
function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  '))
    .join('\n');
}

module.exports = { describeMachine, formatMs, table };
