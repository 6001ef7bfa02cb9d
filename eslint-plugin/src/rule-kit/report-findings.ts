import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FileFacts, Finding } from '../findings/types';
import { frontOf } from '../languages';
import type { TextRange } from '../sites';
import { fileTargets } from './rule-targets';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The body every keepalive rule shares: when the file's language has read the whole file, find this rule's problems
 * and report each once, with its suggestions as ESLint fixes. A rule is its wording and its finder, nothing else.
 */
export function reportFindings(context: Context, find: (facts: FileFacts) => readonly Finding[]): TSESLint.RuleListener {
  const front = frontOf(context.sourceCode);
  return {
    [front.exitSelector]() {
      const { sourceCode, filename } = context;
      const facts: FileFacts = { sites: front.sites(sourceCode, filename), targets: fileTargets(context), writer: front.writer(sourceCode) };
      const reported = new Set<string>();
      for (const finding of find(facts)) {
        // An options object shared by several constructions would repeat the same finding on the same option.
        const key = `${finding.range[0]}:${finding.range[1]}:${finding.messageId}`;
        if (reported.has(key)) continue;
        reported.add(key);
        context.report({
          loc: locOf(sourceCode, finding.range),
          messageId: finding.messageId,
          data: finding.data,
          suggest: finding.suggestions.map((suggestion) => ({
            messageId: suggestion.messageId,
            data: suggestion.data,
            fix: (fixer) => suggestion.edits.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text)),
          })),
        });
      }
    },
  };
}

function locOf(sourceCode: Context['sourceCode'], range: TextRange): TSESTree.SourceLocation {
  return { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) };
}
