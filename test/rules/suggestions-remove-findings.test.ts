import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import keepalive from 'eslint-plugin-keepalive';
import { recordedInvalidCases, type RecordedCase } from './rule-tester';

/** Lints one recorded case with its rule only, the way the suite did. */
function lint(linter: Linter, testCase: RecordedCase, code: string): Linter.LintMessage[] {
  const config = {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    plugins: { keepalive },
    languageOptions: { parser: tsParser, ...testCase.languageOptions },
    settings: testCase.settings ?? {},
    rules: { [`keepalive/${testCase.rule}`]: ['error', ...(testCase.options ?? [])] },
  } as Linter.Config;
  return linter.verify(code, [config], testCase.filename ?? 'file.ts').filter((m) => m.ruleId === `keepalive/${testCase.rule}`);
}

function applyFix(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('every suggestion in the rule suites', () => {
  it('removes the finding it was offered for, and applying it changes what it says', () => {
    const linter = new Linter();
    const failures: string[] = [];
    let checked = 0;
    for (const testCase of recordedInvalidCases) {
      const before = lint(linter, testCase, testCase.code);
      for (const message of before) {
        for (const suggestion of message.suggestions ?? []) {
          checked++;
          const fixed = applyFix(testCase.code, suggestion.fix);
          const after = lint(linter, testCase, fixed);
          const remaining = after.filter((m) => m.messageId === message.messageId).length;
          const had = before.filter((m) => m.messageId === message.messageId).length;
          if (after.some((m) => m.fatal)) failures.push(`${testCase.rule}: suggestion does not parse:\n${fixed}`);
          else if (remaining >= had) failures.push(`${testCase.rule}: "${suggestion.desc}" leaves ${message.messageId} in:\n${fixed}`);
        }
      }
    }
    assert.ok(checked >= recordedInvalidCases.length / 2, `only ${checked} suggestions checked`);
    assert.deepEqual(failures, []);
  });
});
