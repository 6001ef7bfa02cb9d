#!/usr/bin/env node
'use strict';
// `npm run bench:lsp-java-go [-- --edits 40 --lines 2000 --pause 300]`: editor edit → diagnostics on a
// 2 000-line Java file and a 2 000-line Go file, against the bare tree-sitter work for the same edit (moving the
// tree, re-parsing with it, running a query over the new tree), goal ≤ 3× that. Each edit is one character of an
// idle timeout, toggled across the assumed server's limit, so every edit changes the findings; a pause after
// each lets the server lint it at once, as it does an edit after a quiet spell. Between the two, the same edits
// linted in this process (the server's own `lintDocument`) with and without the kept tree show what the
// incremental re-parse saves. Prints Markdown tables; results go to bench/RESULTS.md by hand.
const { join } = require('node:path');
const { parseArgs } = require('node:util');
const { setTimeout: sleep } = require('node:timers/promises');
const { reportGoal } = require('../goals');
const { LspClient } = require('./lsp-client');
const { describeMachine, formatMs, formatRatio, load, median, p95, table } = require('./stats');
const { BASELINE_QUERIES, FILES, TOGGLES } = require('./tree-sitter-files');
const { BenchWorkspace, REPO_ROOT } = require('./workspace');
const { SERVER_NODE_FLAGS } = require('../../extension/out/shared/protocol');
const { lintDocument } = require('../../extension/out/server/document-linter');
const { recommendedRules } = require('../../extension/out/server/lint-config');
const { pluginLanguage } = require('../../extension/out/server/plugin-languages');

const SERVER = join(REPO_ROOT, 'extension', 'dist', 'server.js');
const GRAMMARS = join(REPO_ROOT, 'eslint-plugin', 'dist', 'grammars');
const GOAL_RATIO = 3;
const WARM_UP_EDITS = 5;

function options() {
  const { values } = parseArgs({ options: { edits: { type: 'string', default: '40' }, lines: { type: 'string', default: '2000' }, pause: { type: 'string', default: '300' } } });
  const whole = (name, min) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${values[name]}".`);
    return value;
  };
  return { edits: whole('edits', 1), lines: whole('lines', 200), pauseMs: whole('pause', 0) };
}

/** The texts of a run of edits: each toggles the first digit of the idle timeout, as `TOGGLES` says. */
function editedTexts(language, text, count) {
  const { marker, toggle } = TOGGLES[language];
  const offset = text.indexOf(marker) + marker.length;
  if (offset < marker.length) throw new Error(`the ${language} file has no "${marker}"`);
  const texts = [];
  for (let index = 0; index < count; index++) {
    const previous = texts.at(-1)?.text ?? text;
    const character = previous[offset] === toggle[0] ? toggle[1] : toggle[0];
    texts.push({ offset, character, text: previous.slice(0, offset) + character + previous.slice(offset + 1) });
  }
  return texts;
}

const time = (action) => {
  const start = performance.now();
  action();
  return performance.now() - start;
};

/**
 * The bare tree-sitter cost of each edit, with the runtime and grammar the plugin ships: the runtime the plugin
 * initialised (one module instance; initialising it again would invalidate the plugin's grammars).
 */
async function bareTreeSitter(language, text, edits) {
  await pluginLanguage(language).ready;
  const treeSitter = require('web-tree-sitter');
  const grammar = await treeSitter.Language.load(join(GRAMMARS, `tree-sitter-${language}.wasm`));
  const parser = new treeSitter.Parser();
  parser.setLanguage(grammar);
  const query = new treeSitter.Query(grammar, BASELINE_QUERIES[language]);
  let tree = parser.parse(text);
  let current = text;
  const incremental = [];
  const whole = [];
  for (const [index, edit] of edits.entries()) {
    const start = positionOf(current, edit.offset);
    const ms = time(() => {
      tree.edit(new treeSitter.Edit({ startIndex: edit.offset, oldEndIndex: edit.offset + 1, newEndIndex: edit.offset + 1, startPosition: start, oldEndPosition: { ...start, column: start.column + 1 }, newEndPosition: { ...start, column: start.column + 1 } }));
      const next = parser.parse(edit.text, tree);
      query.matches(next.rootNode);
      tree.delete();
      tree = next;
    });
    const wholeMs = time(() => {
      const fresh = parser.parse(edit.text);
      query.matches(fresh.rootNode);
      fresh.delete();
    });
    current = edit.text;
    if (index >= WARM_UP_EDITS) {
      incremental.push(ms);
      whole.push(wholeMs);
    }
  }
  tree.delete();
  return { incremental, whole, matches: query.matches(parser.parse(current).rootNode).length };
}

/** The server's own lint of each edit in this process, with the document's tree kept (as the server does) or not. */
async function inProcessLint(language, file, text, edits, keepTree) {
  await pluginLanguage(language).ready;
  const filename = join('/bench', file.name);
  if (keepTree) pluginLanguage(language).editedFiles.open(filename);
  const request = (body) => ({ text: body, filename, jsx: false, settings: {}, rules: recommendedRules(), cwd: '/bench' });
  lintDocument(request(text));
  const times = [];
  try {
    for (const [index, edit] of edits.entries()) {
      const ms = time(() => lintDocument(request(edit.text)));
      if (index >= WARM_UP_EDITS) times.push(ms);
    }
  } finally {
    pluginLanguage(language).editedFiles.close(filename);
  }
  return times;
}

/** didChange → publishDiagnostics of that version, from the bundled server as VS Code starts it. */
async function editorLatency(language, file, text, edits, pauseMs) {
  const workspace = new BenchWorkspace();
  const client = new LspClient({ command: [...SERVER_NODE_FLAGS, SERVER, '--stdio'], workspace: workspace.path, initializationOptions: { trusted: true }, configuration: () => ({}) });
  const latencies = [];
  const counts = new Set();
  try {
    await client.initialize();
    const uri = workspace.add(file.name, text);
    await client.pushed(uri, await client.open(uri, text, file.languageId));
    for (const [index, edit] of edits.entries()) {
      const started = performance.now();
      const version = await client.edit(uri, edit.offset, 1, edit.character);
      const { diagnostics, at } = await client.pushed(uri, version);
      counts.add(diagnostics.length);
      if (index >= WARM_UP_EDITS) latencies.push(at - started);
      await sleep(pauseMs);
    }
  } finally {
    await client.stop();
    workspace.remove();
  }
  return { latencies, counts: [...counts].sort() };
}

async function main() {
  const settings = options();
  console.log(describeMachine(`node bench/lsp/tree-sitter-edits.js --edits ${settings.edits} --lines ${settings.lines} --pause ${settings.pauseMs}`));
  const goals = [];
  const rows = [['file', 'lines / KB', 'bare: re-parse + query', 'bare: whole parse + query', 'lint, tree kept', 'lint, whole parse', 'editor: edit → diagnostics (p95)', 'ratio to bare', `goal ≤ ${GOAL_RATIO}×`]];
  for (const [language, file] of Object.entries(FILES)) {
    const text = file.text(settings.lines);
    const edits = editedTexts(language, text, WARM_UP_EDITS + settings.edits);
    const bare = await bareTreeSitter(language, text, edits);
    const kept = await inProcessLint(language, file, text, edits, true);
    const whole = await inProcessLint(language, file, text, edits, false);
    const editor = await editorLatency(language, file, text, edits, settings.pauseMs);
    const ratio = median(editor.latencies) / median(bare.incremental);
    console.log(`${file.name}: ${bare.matches} query matches; findings per edit ${editor.counts.join(' or ')}; load ${load()}`);
    goals.push([`${language === 'java' ? 'Java' : 'Go'} editor, a digit of an idle timeout in a ${settings.lines}-line file: edit → diagnostics ≤ ${GOAL_RATIO}× the bare tree-sitter re-parse + query (medians)`, `${formatRatio(ratio)} (${formatMs(median(editor.latencies))} against ${formatMs(median(bare.incremental))})`, ratio <= GOAL_RATIO]);
    rows.push([
      file.name,
      `${text.split('\n').length - 1} / ${(Buffer.byteLength(text) / 1024).toFixed(0)}`,
      formatMs(median(bare.incremental)),
      formatMs(median(bare.whole)),
      formatMs(median(kept)),
      formatMs(median(whole)),
      `${formatMs(median(editor.latencies))} (${formatMs(p95(editor.latencies))})`,
      formatRatio(ratio),
      ratio <= GOAL_RATIO ? 'met' : 'NOT met',
    ]);
  }
  console.log(`\nMedians of ${settings.edits} one-character edits after ${WARM_UP_EDITS} warm-up edits, ${settings.pauseMs} ms apart in the editor:\n`);
  console.log(table(rows));
  console.log(`\nLoad average at the end: ${load()}`);
  for (const goal of goals) reportGoal(...goal);
}

function positionOf(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let row = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) row++;
  return { row, column: offset - lineStart };
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
