/** Where each rule's page is: ESLint's `meta.docs.url`, editor diagnostics and hovers all link it. */
export const DOCS_BASE_URL = 'https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/';

/** A rule as messages and links name it. */
export interface RuleLink {
  /** `keepalive/require-idle-timeout` */
  readonly id: string;
  readonly docUrl: string;
}

export function ruleDocUrl(rule: string): string {
  return `${DOCS_BASE_URL}${rule}.md`;
}

export function ruleLink(rule: string): RuleLink {
  return { id: `keepalive/${rule}`, docUrl: ruleDocUrl(rule) };
}
