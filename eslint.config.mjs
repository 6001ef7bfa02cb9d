// Lints the plugin's own rules and rule tests with eslint-plugin-eslint-plugin.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tsParser from '@typescript-eslint/parser';

export default [
  { ignores: ['**/dist/', '**/out/', '**/node_modules/', '.e2e/', '.lab/', 'examples/', 'test/e2e/', 'test/lab/', 'test/fixtures/'] },
  {
    name: 'keepalive/dogfood-rules',
    files: ['eslint-plugin/src/rules/**/*.ts'],
    ...eslintPlugin.configs['rules-recommended'],
    languageOptions: { parser: tsParser },
    rules: {
      ...eslintPlugin.configs['rules-recommended'].rules,
      // The URL is added by createRule (RuleCreator); test/plugin checks every rule has one.
      'eslint-plugin/require-meta-docs-url': 'off',
      // Every rule reports through the shared reporter (rule-kit/report-findings.ts), which these rules cannot
      // follow: message ids and suggestions are used there. ESLint itself throws for a suggestion from a rule
      // without `hasSuggestions`, and the rule tests apply every suggestion.
      'eslint-plugin/no-unused-message-ids': 'off',
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
  {
    name: 'keepalive/dogfood-tests',
    files: ['test/rules/**/*.test.ts'],
    ...eslintPlugin.configs['tests-recommended'],
    languageOptions: { parser: tsParser },
    rules: {
      ...eslintPlugin.configs['tests-recommended'].rules,
      'eslint-plugin/require-test-error-positions': 'off',
    },
  },
];
