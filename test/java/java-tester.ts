// How the Java rule tests lint: ESLint's own RuleTester in the plugin's `keepalive/java` language, once the grammar
// has loaded (a `before` hook: RuleTester parses synchronously inside each case). One tester for every suite.
import { RuleTester } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';

export const javaTester = new RuleTester({ plugins: { keepalive }, language: 'keepalive/java' });

export type JavaRule = Parameters<RuleTester['run']>[1];

/** The plugin's rule by name, typed for ESLint's RuleTester. */
export function javaRule(name: keyof typeof keepalive.rules): JavaRule {
  return keepalive.rules[name] as unknown as JavaRule;
}

/** Runs a rule's Java cases inside a suite that waits for the grammar first. */
export function runJava(name: keyof typeof keepalive.rules, tests: Parameters<RuleTester['run']>[2]): void {
  describe(`${name} (Java)`, () => {
    before(() => keepalive.languages.java.ready);
    javaTester.run(name, javaRule(name), tests);
  });
}

/** Settings for a case: `settings.keepalive`. */
export function targets(settings: Record<string, unknown>): { settings: { keepalive: Record<string, unknown> } } {
  return { settings: { keepalive: settings } };
}
