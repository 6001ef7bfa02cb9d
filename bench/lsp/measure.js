'use strict';
// The three measurements, each run on both systems side by side: edits alternate between them (which one goes
// first alternates too), so a change in machine load hits both alike.
const { setTimeout: sleep } = require('node:timers/promises');
const { EDIT_KINDS, serviceModule } = require('./service-module');

/** Edits that warm up the servers (JIT, caches) before the measured ones. */
const WARM_UP_EDITS = 5;

/**
 * Starts each system fresh, opens the file, and returns the time to its first diagnostics (cold: nothing
 * linted before in that process).
 */
async function firstDiagnostics(systems, workspace, file) {
  const result = {};
  for (const system of systems) {
    await system.start(workspace);
    try {
      const { ms, diagnostics } = await system.open(file.uri, file.text);
      result[system.name] = { ms, count: keepaliveCount(diagnostics) };
    } finally {
      await system.stop();
    }
  }
  return result;
}

/**
 * Opens the file in fresh servers, then makes `edits` one-character edits of one kind (`EDIT_KINDS`: a digit
 * of a timeout, or a letter of a key; either changes the findings every time), pausing `pauseMs` after each as
 * a person does between changes. Returns the latencies and every disagreement between the systems' findings.
 */
async function editLatency(systems, workspace, file, { edits, pauseMs, kind }) {
  const { targets: findTargets, toggle } = EDIT_KINDS[kind];
  const targets = findTargets(file.text);
  if (targets.length === 0) throw new Error(`${file.name} has no place for a ${kind} edit`);
  const latencies = Object.fromEntries(systems.map((system) => [system.name, []]));
  const mismatches = [];
  for (const system of systems) {
    await system.start(workspace);
    await system.open(file.uri, file.text);
  }
  try {
    let text = file.text;
    for (let index = 0; index < WARM_UP_EDITS + edits; index++) {
      const offset = targets[index % targets.length];
      const character = text[offset] === toggle[0] ? toggle[1] : toggle[0];
      text = text.slice(0, offset) + character + text.slice(offset + 1);
      const order = index % 2 === 0 ? systems : [...systems].reverse();
      const counts = {};
      for (const system of order) {
        const { ms, diagnostics } = await system.edit(file.uri, offset, 1, character);
        counts[system.name] = keepaliveCount(diagnostics);
        if (index >= WARM_UP_EDITS) latencies[system.name].push(ms);
        await sleep(pauseMs);
      }
      if (new Set(Object.values(counts)).size > 1) mismatches.push({ file: file.name, edit: index, counts });
    }
  } finally {
    for (const system of systems) await system.stop();
  }
  return { latencies, mismatches };
}

/** Line counts of the modules opened for the memory reading, in turn (70 000 lines for 50 modules). */
const OPENED_SIZES = [500, 1000, 3000, 500, 2000];

/**
 * Opens `count` different modules one after the other in fresh servers (each until its diagnostics are in),
 * then reads each server's resident memory at once and again after `settleMs` with nothing to do.
 */
async function memoryAfterOpening(systems, workspace, { count, sizes, settleMs }) {
  const files = Array.from({ length: count }, (_, index) => {
    const lines = sizes[index % sizes.length];
    const name = `open-${String(index + 1).padStart(2, '0')}-${lines}.js`;
    const text = serviceModule(lines, 1000 + index);
    return { name, text, uri: workspace.add(name, text) };
  });
  const result = {};
  for (const system of systems) {
    await system.start(workspace);
    try {
      const opens = [];
      for (const file of files) opens.push((await system.open(file.uri, file.text)).ms);
      const atOnce = system.memory();
      await sleep(settleMs);
      result[system.name] = { ...atOnce, settled: system.memory().rss, opens, lines: files.reduce((sum, file) => sum + file.text.split('\n').length - 1, 0) };
    } finally {
      await system.stop();
    }
  }
  return result;
}

/** Findings of the keepalive rules (both systems run only those; a parse error would be something else). */
function keepaliveCount(diagnostics) {
  return diagnostics.filter((diagnostic) => String(diagnostic.code ?? diagnostic.ruleId).startsWith('keepalive/')).length;
}

module.exports = { firstDiagnostics, editLatency, memoryAfterOpening, OPENED_SIZES };
