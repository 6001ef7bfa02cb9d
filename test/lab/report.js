'use strict';
// The lab's output: a table scenario × client × configuration → rounds, failures, error codes.

const COLUMNS = [
  ['scenario', (row) => row.scenario],
  ['client', (row) => row.clientLabel],
  ['configuration', (row) => `${row.configuration}: ${row.summary}`],
  ['rounds', (row) => String(row.rounds)],
  ['failures', (row) => String(row.failures)],
  ['error codes', (row) => formatCodes(row.codes)],
  ['ok on', (row) => okOn(row)],
  ['idle timer', (row) => formatIdleTimer(row)],
];

function formatCodes(codes) {
  const entries = Object.entries(codes);
  return entries.length ? entries.map(([code, count]) => `${code} ×${count}`).join(', ') : '—';
}

/** Where the successful probes went: a new connection, or the pooled one that was still open. */
function okOn(row) {
  const parts = [];
  if (row.freshConnections) parts.push(`new ×${row.freshConnections}`);
  if (row.reusedConnections) parts.push(`reused ×${row.reusedConnections}`);
  return parts.join(', ') || '—';
}

/** The timer Node put on the pooled socket after the first response (Node-based clients only). */
function formatIdleTimer(row) {
  if (row.idleTimerMs === null) return '—';
  if (row.idleTimerMs === 0) return 'none';
  return `${row.idleTimerMs} ms`;
}

/** The Java and Go rows: programs, not option objects, and the failures the server saw on the wire. */
const PROGRAM_COLUMNS = [
  ['scenario', (row) => row.scenario],
  ['client', (row) => row.clientLabel],
  ['configuration', (row) => row.configuration],
  ['retries', (row) => row.retries ?? 'as configured'],
  ['rounds', (row) => String(row.rounds)],
  ['failures', (row) => String(row.failures)],
  ['error text', (row) => formatCodes(row.codes)],
  ['ok on', (row) => okOn(row)],
  ['failed on the wire', (row) => (row.staleHits === null ? '—' : String(row.staleHits))],
  ['program', (row) => row.summary],
];

const cells = (rows, columns = COLUMNS) => rows.map((row) => columns.map(([, value]) => value(row)));

function textTable(rows, columns = COLUMNS) {
  const header = columns.map(([title]) => title);
  const body = cells(rows, columns);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((line) => line[i].length)));
  const format = (line) => line.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(format)].join('\n');
}

const escapeCell = (text) => text.replaceAll('|', '\\|');

/** `codeColumn`: the index of the column shown as code. */
function markdownTable(rows, columns = COLUMNS, codeColumn = 2) {
  const header = columns.map(([title]) => title);
  const lines = cells(rows, columns).map((line) =>
    line.map((cell, i) => (i === codeColumn && cell !== '—' ? `\`${escapeCell(cell)}\`` : escapeCell(cell))));
  return [header, header.map(() => '---'), ...lines].map((line) => `| ${line.join(' | ')} |`).join('\n');
}

/** Failures of race rows by the probe's offset from the measured close, for the notes under the table. */
function raceNotes(rows) {
  return rows
    .filter((row) => row.failedOffsetsMs.length > 0)
    .map((row) => `${row.scenario} · ${row.clientLabel} · ${row.configuration}: failed at offsets ` +
      `${row.failedOffsetsMs.map((offset) => `${offset >= 0 ? '+' : ''}${offset} ms`).join(', ')}`);
}

const programTable = (rows) => textTable(rows, PROGRAM_COLUMNS);
const programMarkdownTable = (rows) => markdownTable(rows, PROGRAM_COLUMNS, 6);

module.exports = { textTable, markdownTable, programTable, programMarkdownTable, raceNotes, formatCodes };
