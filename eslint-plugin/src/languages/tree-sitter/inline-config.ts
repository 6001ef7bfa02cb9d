import type { FileProblem, RulesConfig, SourceLocation } from '@eslint/core';
import { ConfigCommentParser, Directive } from '@eslint/plugin-kit';
import type { Comment } from './comments';

// ESLint's inline configuration, as in JavaScript: `// eslint-disable-line`, `// eslint-disable-next-line`
// (also as block comments), and `/* eslint-disable */`, `/* eslint-enable */`, `/* eslint rule: "off" */`
// as block comments only. `global` and `exported` mean nothing outside JavaScript and are not read.

/** One `/* eslint … *\/` comment's rule settings (ESLint's `InlineConfigElement`). */
export interface InlineRuleConfig {
  readonly config: { readonly rules: RulesConfig };
  readonly loc: SourceLocation;
}

const parser = new ConfigCommentParser();
const LINE_LABELS = new Set(['eslint-disable-line', 'eslint-disable-next-line']);
const BLOCK_LABELS = new Set([...LINE_LABELS, 'eslint-disable', 'eslint-enable', 'eslint']);
const DISABLE_TYPES = {
  'eslint-disable': 'disable',
  'eslint-enable': 'enable',
  'eslint-disable-line': 'disable-line',
  'eslint-disable-next-line': 'disable-next-line',
} as const;

/** The comments that configure ESLint. */
export function inlineConfigComments(comments: readonly Comment[]): Comment[] {
  return comments.filter((comment) => {
    const label = parser.parseDirective(comment.value)?.label;
    return label !== undefined && (comment.type === 'Block' ? BLOCK_LABELS : LINE_LABELS).has(label);
  });
}

/** The disable and enable directives, and the problems of malformed ones. */
export function disableDirectives(configComments: readonly Comment[]): { directives: Directive[]; problems: FileProblem[] } {
  const directives: Directive[] = [];
  const problems: FileProblem[] = [];
  for (const comment of configComments) {
    const { label, value, justification } = parser.parseDirective(comment.value)!;
    if (!(label in DISABLE_TYPES)) continue;
    if (label === 'eslint-disable-line' && comment.loc.start.line !== comment.loc.end.line) {
      problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
      continue;
    }
    const type = DISABLE_TYPES[label as keyof typeof DISABLE_TYPES];
    directives.push(new Directive({ type, node: comment, value, justification }));
  }
  return { directives, problems };
}

/** The rule settings of `/* eslint rule: … *\/` comments, and the problems of malformed ones. */
export function inlineRuleConfigs(configComments: readonly Comment[]): { configs: InlineRuleConfig[]; problems: FileProblem[] } {
  const configs: InlineRuleConfig[] = [];
  const problems: FileProblem[] = [];
  for (const comment of configComments) {
    const { label, value } = parser.parseDirective(comment.value)!;
    if (label !== 'eslint') continue;
    const parsed = parser.parseJSONLikeConfig(value);
    if (parsed.ok) configs.push({ config: { rules: parsed.config }, loc: comment.loc });
    else problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
  }
  return { configs, problems };
}
