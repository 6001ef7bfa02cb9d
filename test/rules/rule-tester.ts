import { RuleTester } from '@typescript-eslint/rule-tester';

/** An invalid case as a suite declared it, kept so suggestions can be checked across every rule. */
export interface RecordedCase {
  readonly rule: string;
  readonly code: string;
  readonly filename?: string;
  readonly settings?: Record<string, unknown>;
  readonly languageOptions?: Record<string, unknown>;
  readonly options?: readonly unknown[];
}

export const recordedInvalidCases: RecordedCase[] = [];

/** TypeScript parser (the default) for every case; `espree` cases set `languageOptions.parser` themselves. */
export const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});

// Every suite's invalid cases are recorded as they are declared (see suggestions-remove-findings.test.ts).
const run = ruleTester.run.bind(ruleTester);
ruleTester.run = ((name: string, rule: never, tests: { invalid: readonly (RecordedCase & { errors: unknown })[] }) => {
  for (const test of tests.invalid) {
    recordedInvalidCases.push({
      rule: name,
      code: test.code,
      filename: test.filename,
      settings: test.settings,
      languageOptions: test.languageOptions,
      options: test.options,
    });
  }
  run(name, rule, tests as never);
}) as unknown as typeof ruleTester.run;

/** Settings for a case: `settings.keepalive`. */
export function keepalive(settings: Record<string, unknown>): { settings: { keepalive: Record<string, unknown> } } {
  return { settings: { keepalive: settings } };
}
