/** Where `snippet` (its `occurrence`-th appearance, from 0) sits in `code`, as RuleTester positions (1-based). */
export function locate(code: string, snippet: string, occurrence = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = code.indexOf(snippet, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(snippet)} (occurrence ${occurrence}) is not in ${JSON.stringify(code)}`);
  }
  const start = position(code, index);
  const end = position(code, index + snippet.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function position(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
