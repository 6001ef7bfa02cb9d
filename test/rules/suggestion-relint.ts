import assert from 'node:assert/strict';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';

/** The parts of an invalid RuleTester case a re-lint needs. */
export interface RelintCase {
  readonly code: string;
  readonly options?: readonly unknown[];
  readonly settings?: object;
  readonly languageOptions?: object;
  readonly errors: readonly {
    readonly messageId: string;
    readonly suggestions?: readonly { readonly messageId: string; readonly output: string }[] | null;
  }[];
}

type RuleName = keyof typeof keepalive.rules;

/** The rules whose findings a suggestion must not multiply: the idle timeout family and pool bounds. */
const NEIGHBOURS: readonly RuleName[] = [
  'require-idle-timeout',
  'require-idle-timeout-below-server',
  'require-keepalive-cap',
  'no-tcp-keepalive-as-idle-timeout',
  'require-pool-limits',
];

/**
 * Applies every suggestion of every invalid case and lints the output again with the same parser, settings
 * and options: the finding the suggestion was offered for must be gone (one fewer of its kind), and no
 * neighbouring rule may report more than it did before the edit.
 */
export function suggestionsFixTheirFindings(ruleName: RuleName, cases: readonly RelintCase[]): void {
  describe(`${ruleName}: each suggestion, linted again`, () => {
    for (const testCase of cases) {
      for (const error of testCase.errors) {
        for (const suggestion of error.suggestions ?? []) {
          it(`${error.messageId} → ${suggestion.messageId}: ${suggestion.output}`, () => {
            const before = countFindings(lint(ruleName, testCase, testCase.code));
            const after = countFindings(lint(ruleName, testCase, suggestion.output));
            const key = `${ruleName}/${error.messageId}`;
            assert.ok((after.get(key) ?? 0) < (before.get(key) ?? 0), `${key} still reported after the suggestion`);
            for (const [other, count] of after) {
              assert.ok(count <= (before.get(other) ?? 0), `${other} reported ${count}× after the suggestion, ${before.get(other) ?? 0}× before`);
            }
          });
        }
      }
    }
  });
}

function lint(ruleName: RuleName, testCase: RelintCase, code: string): Linter.LintMessage[] {
  const rules: Linter.RulesRecord = {};
  for (const name of NEIGHBOURS) rules[`keepalive/${name}`] = name === ruleName && testCase.options ? ['error', ...testCase.options] : 'error';
  const config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' }, ...testCase.languageOptions },
    plugins: { keepalive },
    settings: testCase.settings ?? {},
    rules,
  } as Linter.Config;
  const messages = new Linter({ configType: 'flat' }).verify(code, [config], 'file.ts');
  const fatal = messages.find((message) => message.fatal);
  assert.equal(fatal, undefined, `the output does not parse: ${fatal?.message}`);
  return messages;
}

function countFindings(messages: readonly Linter.LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { ruleId, messageId } of messages) {
    const key = `${ruleId?.replace(/^keepalive\//, '')}/${messageId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
