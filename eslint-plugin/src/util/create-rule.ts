import { ESLintUtils } from '@typescript-eslint/utils';

export interface KeepaliveRuleDocs {
  /** In `configs.recommended` (every rule is in `configs.strict`). */
  recommended?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/';

const withDocsUrl = ESLintUtils.RuleCreator<KeepaliveRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);

/**
 * `ESLintUtils.RuleCreator` with one change: for a rule that declares `meta.defaultOptions`, ESLint (≥ 9.15, the
 * peer range) has already merged them into `context.options`, so those are passed on as they are. The creator
 * would merge again by cloning the defaults for every rule on every file, which costs more than a keepalive
 * rule spends on a file that builds no pool.
 */
export const createRule: typeof withDocsUrl = (rule) => {
  const created = withDocsUrl(rule);
  if (rule.meta.defaultOptions === undefined) return created;
  return { ...created, create: (context) => rule.create(context, context.options) };
};
