/** `x.d.ts`, `x.d.mts`, `x.d.cts`, `x.d.css.ts`: declarations only, no code that runs. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[cm]?ts$/i;
/** `index.test-d.ts`, `x.spec-d.mts`: type tests (tsd, Vitest's typecheck) are compiled and checked, never run. */
const TYPE_TEST_FILE = /[.-](?:test|spec)-d\.[cm]?tsx?$/i;
/** Both kinds end in `ts` or `tsx`: the last letters rule out every other file before any scan of the path. */
const TYPESCRIPT_ENDING = /tsx?$/i;

/**
 * A TypeScript declaration file or type test never runs, so a pool or server written in it is never built.
 */
export function isDeclarationFile(filename: string): boolean {
  if (!TYPESCRIPT_ENDING.test(filename.slice(-3))) return false;
  // Both patterns lie within the file's own name: scanning it alone is cheaper than scanning the whole path.
  const name = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  return DECLARATION_FILE.test(name) || TYPE_TEST_FILE.test(name);
}
