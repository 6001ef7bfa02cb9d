import { ESLintUtils } from '@typescript-eslint/utils';

export interface KeepaliveRuleDocs {
  /** In `configs.recommended` (every rule is in `configs.strict`). */
  recommended?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/';

const withDocsUrl = ESLintUtils.RuleCreator<KeepaliveRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);

type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Parameters<typeof withDocsUrl<Options, MessageIds>>[0];
type CreatedRule<Options extends readonly unknown[], MessageIds extends string> = ReturnType<typeof withDocsUrl<Options, MessageIds>>;

/**
 * `ESLintUtils.RuleCreator` without its per-file merge of default options, which clones the defaults for every
 * rule on every file and costs more than a keepalive rule spends on a file that builds no pool. ESLint (≥ 9.15,
 * the peer range) already merges `meta.defaultOptions` into `context.options`; a rule with no defaults gets
 * `[]`, as from the creator. Only a rule with the deprecated top-level `defaultOptions` keeps the creator's merge.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): CreatedRule<Options, MessageIds> {
  const created = withDocsUrl(rule);
  if (rule.meta.defaultOptions !== undefined) return { ...created, create: (context) => rule.create(context, context.options) };
  if (rule.defaultOptions && rule.defaultOptions.length > 0) return created;
  const none = Object.freeze([]) as unknown as Options;
  return { ...created, create: (context) => rule.create(context, none) };
}
