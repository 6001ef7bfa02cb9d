import { RuleTester } from '@typescript-eslint/rule-tester';

/** TypeScript parser (the default) for every case; `espree` cases set `languageOptions.parser` themselves. */
export const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});

/** Settings for a case: `settings.keepalive`. */
export function keepalive(settings: Record<string, unknown>): { settings: { keepalive: Record<string, unknown> } } {
  return { settings: { keepalive: settings } };
}
