'use strict';
// A unified-style diff of two short texts (a program before and after a suggestion), for docs/lab.md:
// changed lines with `context` unchanged lines around them, hunks separated by `...`.

/** The edit script by longest common subsequence of lines: [{ kind: ' ' | '-' | '+', line }]. */
function editScript(before, after) {
  const lengths = Array.from({ length: before.length + 1 }, () => new Array(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      lengths[i][j] = before[i] === after[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const script = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      script.push({ kind: ' ', line: before[i] });
      i += 1;
      j += 1;
    } else if (i < before.length && (j === after.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
      script.push({ kind: '-', line: before[i] });
      i += 1;
    } else {
      script.push({ kind: '+', line: after[j] });
      j += 1;
    }
  }
  return script;
}

function lineDiff(beforeText, afterText, context = 1) {
  const script = editScript(beforeText.split('\n'), afterText.split('\n'));
  const near = script.map((_, index) => script.slice(Math.max(0, index - context), index + context + 1).some((step) => step.kind !== ' '));
  const out = [];
  script.forEach((step, index) => {
    if (!near[index]) return;
    if (out.length && !near[index - 1]) out.push('...');
    out.push(`${step.kind}${step.line}`);
  });
  return out.join('\n');
}

module.exports = { lineDiff };
