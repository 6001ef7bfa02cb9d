/**
 * A TypeScript declaration file or type test never runs, so a pool or server written in it is never built:
 * - declarations: `x.d.ts`, `x.d.mts`, `x.d.cts`, `x.d.css.ts` (one more part between `.d` and the extension);
 * - type tests (tsd, Vitest's typecheck), compiled and checked but never run: `index.test-d.ts`, `x.spec-d.mts`,
 *   `x.test-d.tsx`.
 *
 * Asked of every linted file: read backwards from the end by character, which rules out all other files after one
 * or two characters (regular expressions over the name cost several times more there).
 */
export function isDeclarationFile(filename: string): boolean {
  let end = filename.length;
  const jsx = lower(filename, end - 1) === X;
  if (jsx) end--;
  if (lower(filename, end - 1) !== S || lower(filename, end - 2) !== T) return false;
  end -= 2;
  const flavour = lower(filename, end - 1);
  if (flavour === M || flavour === C) end--;
  if (filename.charCodeAt(end - 1) !== DOT) return false;
  end--;
  // `filename` up to `end` is the name without its extension (`.ts`, `.mts`, `.tsx`, …).
  if (isTypeTestStem(filename, end)) return true;
  return !jsx && isDeclarationStem(filename, end);
}

/** Ends in `.test-d`, `-test-d`, `.spec-d` or `-spec-d`. */
function isTypeTestStem(filename: string, end: number): boolean {
  if (lower(filename, end - 1) !== D || filename.charCodeAt(end - 2) !== DASH) return false;
  if (!endsWithLower(filename, end - 2, 'test') && !endsWithLower(filename, end - 2, 'spec')) return false;
  const before = filename.charCodeAt(end - 7);
  return before === DOT || before === DASH;
}

/** Ends in `.d`, or in `.d.` and one more part with no dot or folder separator in it. */
function isDeclarationStem(filename: string, end: number): boolean {
  if (endsWithDotD(filename, end)) return true;
  for (let index = end - 1; index >= 0; index--) {
    const code = filename.charCodeAt(index);
    if (code === SLASH || code === BACKSLASH) return false;
    if (code === DOT) return index < end - 1 && endsWithDotD(filename, index);
  }
  return false;
}

function endsWithDotD(filename: string, end: number): boolean {
  return lower(filename, end - 1) === D && filename.charCodeAt(end - 2) === DOT;
}

function endsWithLower(filename: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let index = 0; index < word.length; index++) if (lower(filename, start + index) !== word.charCodeAt(index)) return false;
  return true;
}

/** The character code at `index`, an ASCII capital letter lowered (NaN before the start). */
function lower(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 65 && code <= 90 ? code + 32 : code;
}

const [C, D, M, S, T, X] = ['c', 'd', 'm', 's', 't', 'x'].map((letter) => letter.charCodeAt(0)) as [number, number, number, number, number, number];
const DOT = 46;
const DASH = 45;
const SLASH = 47;
const BACKSLASH = 92;
