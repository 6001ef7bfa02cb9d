import semver from 'semver';
import type { IdleTimeoutValue, ServerEntry } from '../catalog/types';

/**
 * The idle timeout of a catalogue entry for the versions in use. Every value whose range meets the given
 * range counts, and the shortest wins: a range spanning a change (Node `>=20` spans 5 s and 65 s) is only
 * safe with the lower value. Without a version, the newest value applies.
 */
export function idleTimeoutFor(entry: ServerEntry, versions: string | null): IdleTimeoutValue {
  const newest = entry.idleTimeout[0]!;
  if (!versions) return newest;
  const matching = entry.idleTimeout.filter((value) => rangesMeet(value.versions, versions));
  if (matching.length === 0) return newest;
  return matching.reduce((shortest, value) => (asNumber(value.ms) < asNumber(shortest.ms) ? value : shortest));
}

function rangesMeet(a: string, b: string): boolean {
  try {
    return semver.intersects(a, toRange(b), { loose: true });
  } catch {
    return false;
  }
}

/** `'6'` means any 6.x, as a user would read it; a full range is kept as it is. */
function toRange(version: string): string {
  return /^\d+(\.\d+)?$/.test(version.trim()) ? `${version.trim()}.x` : version;
}

function asNumber(ms: number | null): number {
  return ms ?? Number.POSITIVE_INFINITY;
}

export function isValidRange(range: string): boolean {
  return semver.validRange(toRange(range), { loose: true }) !== null;
}
