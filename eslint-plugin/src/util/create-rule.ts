import { ESLintUtils } from '@typescript-eslint/utils';

export interface KeepaliveRuleDocs {
  /** In `configs.recommended` (every rule is in `configs.strict`). */
  recommended?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/';

export const createRule = ESLintUtils.RuleCreator<KeepaliveRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);
