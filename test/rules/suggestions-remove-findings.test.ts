import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import keepalive from 'eslint-plugin-keepalive';
import { recordedInvalidCases, type RecordedCase } from './rule-tester';

/** Lints one recorded case with every rule, the case's own rule with the case's options, as the suite did. */
function lint(linter: Linter, testCase: RecordedCase, code: string): Linter.LintMessage[] {
  const config = {
    ...keepalive.configs.strict,
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    languageOptions: { parser: tsParser, ...testCase.languageOptions },
    settings: testCase.settings ?? {},
    rules: { ...keepalive.configs.strict.rules, [`keepalive/${testCase.rule}`]: ['error', ...(testCase.options ?? [])] },
  } as Linter.Config;
  return linter.verify(code, [config], testCase.filename ?? 'file.ts');
}

/** How many findings each rule reports, by rule and message. */
function counts(messages: readonly Linter.LintMessage[]): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const message of messages) {
    const kind = `${message.ruleId}/${message.messageId}`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  return byKind;
}

/** A message's location as offsets into the text. */
function offsetRange(text: string, message: Linter.LintMessage): [number, number] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (line: number, column: number) => (lineStarts[line - 1] ?? 0) + column - 1;
  const start = offset(message.line, message.column);
  return [start, message.endLine ? offset(message.endLine, message.endColumn ?? message.column) : start];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function applyFix(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('every suggestion in the rule suites', () => {
  it('parses, removes the finding it was offered for, and gives no rule a new finding', () => {
    const linter = new Linter();
    const failures: string[] = [];
    const rulesChecked = new Set<string>();
    for (const testCase of recordedInvalidCases) {
      const before = lint(linter, testCase, testCase.code);
      const beforeCounts = counts(before);
      for (const message of before.filter((m) => m.ruleId === `keepalive/${testCase.rule}`)) {
        for (const suggestion of message.suggestions ?? []) {
          rulesChecked.add(testCase.rule);
          const fixed = applyFix(testCase.code, suggestion.fix);
          const after = lint(linter, testCase, fixed);
          const afterCounts = counts(after);
          const kind = `${message.ruleId}/${message.messageId}`;
          if (after.some((m) => m.fatal)) failures.push(`${testCase.rule}: "${suggestion.desc}" does not parse:\n${fixed}`);
          if ((afterCounts.get(kind) ?? 0) >= (beforeCounts.get(kind) ?? 0)) failures.push(`${testCase.rule}: "${suggestion.desc}" leaves ${kind} in:\n${fixed}`);
          // A new finding may only be about the text the suggestion wrote: a renamed option that now takes
          // effect can show a value that is too long, which is the point of renaming it.
          const written: [number, number] = [suggestion.fix.range[0], suggestion.fix.range[0] + suggestion.fix.text.length];
          for (const [other, count] of afterCounts) {
            const added = count - (beforeCounts.get(other) ?? 0);
            const elsewhere = after.filter((m) => `${m.ruleId}/${m.messageId}` === other && !overlaps(offsetRange(fixed, m), written));
            if (added > 0 && elsewhere.length > (beforeCounts.get(other) ?? 0)) failures.push(`${testCase.rule}: "${suggestion.desc}" adds ${other} in:\n${fixed}`);
          }
        }
      }
    }
    const suggesting = Object.entries(keepalive.rules).filter(([, rule]) => rule.meta?.hasSuggestions).map(([name]) => name);
    assert.deepEqual([...rulesChecked].sort(), suggesting.sort(), 'every rule that suggests had its suggestions checked');
    assert.deepEqual(failures, []);
  });
});
