import type { IdleTimeoutValue, ServerEntry } from '../catalog/types';
import { rangesMeet } from './version-ranges';

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

function asNumber(ms: number | null): number {
  return ms ?? Number.POSITIVE_INFINITY;
}

export { isValidRange } from './version-ranges';
