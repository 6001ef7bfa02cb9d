/**
 * Where the lines of a text start, and which line an offset is on: shared by every place that turns a site's text
 * range into lines and columns. Built on each edit of an open file, so the common case avoids a regular expression.
 */

/** The offsets after each "\n" (and 0): the lines of a text broken by "\n" or "\r\n" only. */
export function startsAfterNewlines(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The index in `starts` (ascending, from 0) of the line `offset` is on. */
export function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
