// Rule tests for Go: ESLint's own RuleTester with the plugin's `keepalive/go` language. Each suite awaits the
// grammar in a `before` hook (RuleTester parses synchronously in each case). Invalid cases are recorded as they
// are declared, so suggestions.test.ts can apply every suggestion and lint the result again.
import { RuleTester, type Rule } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';

export interface RecordedGoCase {
  readonly rule: string;
  readonly code: string;
  readonly filename?: string;
  readonly settings?: Record<string, unknown>;
}

export const recordedGoCases: RecordedGoCase[] = [];

const tester = new RuleTester({ plugins: { keepalive }, language: 'keepalive/go' });

type Cases = Parameters<RuleTester['run']>[2];

/** Runs a rule's Go cases inside a suite that waits for the grammar first. */
export function runGo(ruleName: keyof typeof keepalive.rules, cases: Cases): void {
  describe(`${ruleName} (Go)`, () => {
    before(() => keepalive.languages.go.ready);
    for (const test of cases.invalid) {
      recordedGoCases.push({ rule: ruleName, code: test.code, filename: test.filename, settings: test.settings as Record<string, unknown> | undefined });
    }
    tester.run(ruleName, keepalive.rules[ruleName] as unknown as Rule.RuleModule, cases);
  });
}

/** `settings.keepalive` for a case. */
export function keepaliveSettings(settings: Record<string, unknown>): { settings: { keepalive: Record<string, unknown> } } {
  return { settings: { keepalive: settings } };
}

/** Where `snippet` (its `occurrence`-th appearance, from 0) sits in `code`, as RuleTester positions (1-based). */
export function at(code: string, snippet: string, occurrence = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = code.indexOf(snippet, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(snippet)} (occurrence ${occurrence}) is not in ${JSON.stringify(code)}`);
  }
  const position = (offset: number) => {
    const before = code.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const start = position(index);
  const end = position(index + snippet.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A Go file: `package main`, the imports given, then the body. */
export function goFile(imports: readonly string[], body: string): string {
  const block = imports.length === 1 ? `import "${imports[0]}"\n` : `import (\n${imports.map((path) => `\t"${path}"`).join('\n')}\n)\n`;
  return `package main\n\n${block}\n${body}`;
}
