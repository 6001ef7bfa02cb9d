import type { IdleFallback, IdleFallbackRow } from '../catalog/types';
import type { ServerSite } from '../sites';
import { rangesMeet } from '../targets/version-ranges';
import type { ServerTimeout } from './server-idle';

/**
 * The idle timeout of a server whose idle setting falls back to its other timeouts (Go's `http.Server`), on the
 * targeted versions of what runs it. Where the versions span rows that differ, the lowest value holds on the whole
 * range (a server must stay open longer than its balancer on every version it may run on); `versions` then says
 * where. `undefined` when a setting the answer depends on cannot be seen.
 */
export function fallbackIdleTimeout(site: ServerSite, fallback: IdleFallback, targetVersions: string | null): ServerTimeout | undefined {
  const range = targetVersions ?? fallback.assumedVersions;
  const matching = fallback.rows.filter((row) => rangesMeet(row.versions, range));
  // A version no row knows (a future major) is taken as the newest behaviour.
  const rows = matching.length > 0 ? matching : [fallback.rows.at(-1)!];
  const outcomes: { row: IdleFallbackRow; timeout: ServerTimeout }[] = [];
  for (const row of rows) {
    const timeout = resolveRow(site, row);
    if (!timeout) return undefined;
    outcomes.push({ row, timeout });
  }
  const lowest = outcomes.reduce((low, outcome) => (isLower(outcome.timeout.ms, low.timeout.ms) ? outcome : low));
  const same = outcomes.filter((outcome) => outcome.timeout.ms === lowest.timeout.ms && outcome.timeout.setting === lowest.timeout.setting);
  const versions = same.length === outcomes.length && matching.length > 0 ? undefined : same.map((outcome) => outcome.row.versions).join(' || ');
  return { ...lowest.timeout, versions };
}

/** The first setting of the row's chain whose value is not zero decides; none: no idle timeout at all. */
function resolveRow(site: ServerSite, row: IdleFallbackRow): ServerTimeout | undefined {
  for (const step of row.chain) {
    const setting = site.settings[step.concept];
    if (setting.source === 'unknown') return undefined;
    // Unset is the zero value.
    if (setting.source === 'default') continue;
    const value = setting.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    if (value === 0 || (value < 0 && step.positiveOnly)) continue;
    const basis = step.concept === 'keepAliveTimeoutMs' ? 'explicit' : 'fallback';
    const decided = { setting, basis, source: row.source, ...(basis === 'fallback' ? { fallbackTo: step.setting } : {}) } as const;
    if (value > 0) return { ms: value, ...decided };
    return { ms: row.negative === 'closes-after-response' ? 0 : null, negative: true, ...decided };
  }
  return { ms: null, setting: site.settings.keepAliveTimeoutMs, basis: 'default', source: row.source };
}

/** `null` (never closes) is the highest value. */
function isLower(a: number | null, b: number | null): boolean {
  if (a === null) return false;
  return b === null || a < b;
}
