import type { Linter } from 'eslint';

export const RULE_PREFIX = 'keepalive/';

/**
 * Only keep-alive findings decide the result. ESLint reports a disable comment that names a rule it does not know
 * ("Definition for rule 'react/no-danger' was not found"), a `/* eslint-env *\/` comment, and the findings of core
 * rules an inline `/* eslint no-console: error *\/` turns on; none of these is about keep-alive, and the project's
 * own ESLint run already reports them. `eslint-disable keepalive/...` comments still apply: ESLint has done that.
 */
export function keepaliveOnly<Message extends Linter.LintMessage>(messages: readonly Message[]): Message[] {
  return messages.filter((message) => message.ruleId?.startsWith(RULE_PREFIX) === true);
}
