/** `x.d.ts`, `x.d.mts`, `x.d.cts`, `x.d.css.ts`: declarations only, no code that runs. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[cm]?ts$/i;
/** `index.test-d.ts`, `x.spec-d.mts`: type tests (tsd, Vitest's typecheck) are compiled and checked, never run. */
const TYPE_TEST_FILE = /[.-](?:test|spec)-d\.[cm]?tsx?$/i;

/**
 * A TypeScript declaration file or type test never runs, so a pool or server written in it is never built.
 */
export function isDeclarationFile(filename: string): boolean {
  return DECLARATION_FILE.test(filename) || TYPE_TEST_FILE.test(filename);
}
