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
  try {
    return semver.intersects(toRange(a), toRange(b), { loose: true });
  } catch {
    return false;
  }
}

/** Every version of `range` is in `of`. */
export function isSubset(range: string, of: string): boolean {
  try {
    return semver.subset(toRange(range), of, { loose: true });
  } catch {
    return false;
  }
}
