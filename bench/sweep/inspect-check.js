'use strict';
// The editor's view of each file: `inspectSourceCode` (what inlay hints and hovers are built from) must not throw,
// and every range it returns must lie inside the text, in order. Settings with a server, an L4 device on the way and
// a balancer in front, so that every kind of timeout report is built.
const { inspectSourceCode } = require('eslint-plugin-keepalive/inspect');
const { sourceCodeOf } = require('./linted-source');

const INSPECT_SETTINGS = { keepalive: { servers: ['nginx', 'aws-nlb'], frontedBy: ['aws-alb'] } };

/**
 * @returns {{ problems: { file: string, problem: string }[], reports: number }} what is wrong, and how many
 *   timeout reports were checked
 */
function inspectionCheck(linter, file, text, config) {
  const sourceCode = sourceCodeOf(linter, file, text, config);
  let inspection;
  try {
    inspection = inspectSourceCode(sourceCode, { filename: file, settings: INSPECT_SETTINGS });
  } catch (error) {
    const frame = error instanceof Error ? (error.stack ?? '').split('\n').find((line) => /eslint-plugin[\\/]dist/.test(line)) : undefined;
    return { problems: [{ file, problem: `inspect threw: ${error instanceof Error ? error.message : String(error)} ${frame?.trim() ?? ''}` }], reports: 0 };
  }
  const problems = [];
  let reports = 0;
  for (const site of inspection.sites) {
    problems.push(...rangeProblems(file, text, `${site.label} range`, site.range), ...rangeProblems(file, text, `${site.label} constructor`, site.constructorRange));
    for (const timeout of site.timeouts) {
      reports++;
      problems.push(...rangeProblems(file, text, `${site.label} ${timeout.name} at`, timeout.at), ...rangeProblems(file, text, `${site.label} ${timeout.name} hover`, timeout.hoverRange));
      if (typeof timeout.change !== 'string' || timeout.change.length === 0) problems.push({ file, problem: `${site.label} ${timeout.name}: no sentence on what to change` });
    }
  }
  return { problems, reports };
}

function rangeProblems(file, text, what, range) {
  const { start, end } = range;
  if (!(Number.isInteger(start.offset) && Number.isInteger(end.offset) && start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
    return [{ file, problem: `${what}: offsets ${start.offset}–${end.offset} outside a text of ${text.length}` }];
  }
  return [];
}

module.exports = { inspectionCheck };
