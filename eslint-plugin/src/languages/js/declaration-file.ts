/** `x.d.ts`, `x.d.mts`, `x.d.cts`, `x.d.css.ts`: declarations only, no code that runs. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[cm]?ts$/i;

/** A TypeScript declaration file never runs, so a pool or server written in it is never built. */
export function isDeclarationFile(filename: string): boolean {
  return DECLARATION_FILE.test(filename);
}
