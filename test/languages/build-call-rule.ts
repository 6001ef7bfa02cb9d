// A rule for the language tests only (not a product rule): reports every Java `….build()` and Go `….Build()`
// call at its name, fixes it to `make` / `Make`, and suggests the same change.
import type { LanguageOptions, RuleDefinition } from '@eslint/core';
import type { Node } from 'web-tree-sitter';
import type { TreeSitterSourceCode } from '../../eslint-plugin/src/languages/tree-sitter/source-code';

const CALL_NAMES = {
  java: {
    query: '(method_invocation name: (identifier) @name (#eq? @name "build"))',
    replacement: 'make',
  },
  go: {
    query: '(call_expression function: (selector_expression field: (field_identifier) @name (#eq? @name "Build")))',
    replacement: 'Make',
  },
} as const;

const buildCallRule: RuleDefinition<{
  LangOptions: LanguageOptions;
  Code: TreeSitterSourceCode;
  RuleOptions: [];
  Visitor: Record<string, (node: Node) => void>;
  Node: Node;
  MessageIds: 'buildCall' | 'useMake';
  ExtRuleDocs: Record<string, never>;
}> = {
  meta: {
    type: 'problem',
    fixable: 'code',
    hasSuggestions: true,
    messages: { buildCall: '{{name}}() call in {{language}}.', useMake: 'Call {{replacement}}() instead.' },
    languages: ['keepalive/java', 'keepalive/go'],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const { query, replacement } = CALL_NAMES[sourceCode.languageId];
    return {
      [sourceCode.ast.type]() {
        for (const { node } of sourceCode.captures(query)) {
          const range = sourceCode.getRange(node);
          context.report({
            node,
            messageId: 'buildCall',
            data: { name: sourceCode.getText(node), language: sourceCode.languageId },
            fix: (fixer) => fixer.replaceTextRange(range, replacement),
            suggest: [{ messageId: 'useMake', data: { replacement }, fix: (fixer) => fixer.replaceTextRange(range, replacement) }],
          });
        }
      },
    };
  },
};

export = buildCallRule;
