import assert from 'node:assert/strict';
// The parser has no default export (`__esModule` without `default`): a default import would be undefined.
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';

/** The parts of an invalid RuleTester case a re-lint needs. */
export interface ServerRelintCase {
  readonly code: string;
  readonly settings?: object;
  readonly languageOptions?: object;
  readonly errors: readonly {
    readonly messageId: string;
    readonly suggestions?: readonly { readonly messageId: string; readonly output: string }[] | null;
  }[];
}

type ServerRule = 'require-server-idle-above-balancer' | 'require-headers-timeout-above-keepalive';
const SERVER_RULES: readonly ServerRule[] = ['require-server-idle-above-balancer', 'require-headers-timeout-above-keepalive'];

/**
 * Applies every suggestion and lints the output again with real ESLint, the same parser and settings: the finding
 * must be gone, and neither server rule may report more than before the edit.
 */
export function serverSuggestionsFixTheirFindings(ruleName: ServerRule, cases: readonly ServerRelintCase[]): void {
  describe(`${ruleName}: each suggestion, linted again`, () => {
    for (const testCase of cases) {
      for (const error of testCase.errors) {
        for (const suggestion of error.suggestions ?? []) {
          it(`${suggestion.messageId}: ${suggestion.output.replace(/\s+/g, ' ')}`, () => {
            const before = countFindings(lint(testCase, testCase.code));
            const after = countFindings(lint(testCase, suggestion.output));
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

function lint(testCase: ServerRelintCase, code: string): Linter.LintMessage[] {
  const rules: Linter.RulesRecord = {};
  for (const name of SERVER_RULES) rules[`keepalive/${name}`] = 'error';
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
