import semver from 'semver';

/** Version ranges as users write them: `'20'` and `'6'` mean any 20.x or 6.x; anything else is a semver range. */
export function toRange(version: string): string {
  return /^\d+(\.\d+)?$/.test(version.trim()) ? `${version.trim()}.x` : version;
}

export function isValidRange(range: string): boolean {
  return semver.validRange(toRange(range), { loose: true }) !== null;
}

/** Some version is in both ranges. A range that does not parse meets nothing. */
export function rangesMeet(a: string, b: string): boolean {
  return remembered(meetings, a, b, () => semver.intersects(toRange(a), toRange(b), { loose: true }));
}

/** Every version of `range` is in `of`. */
export function isSubset(range: string, of: string): boolean {
  return remembered(subsets, range, of, () => semver.subset(toRange(range), of, { loose: true }));
}

// The catalogue's ranges meet the few a project targets on every lint (each edit, in an editor), and semver parses
// both ranges each time: the answers are kept, for a bounded number of pairs.
const meetings = new Map<string, boolean>();
const subsets = new Map<string, boolean>();
const REMEMBERED_PAIRS = 1_000;

function remembered(answers: Map<string, boolean>, a: string, b: string, answer: () => boolean): boolean {
  const key = `${a}\0${b}`;
  let known = answers.get(key);
  if (known === undefined) {
    try {
      known = answer();
    } catch {
      known = false;
    }
    if (answers.size >= REMEMBERED_PAIRS) answers.clear();
    answers.set(key, known);
  }
  return known;
}
