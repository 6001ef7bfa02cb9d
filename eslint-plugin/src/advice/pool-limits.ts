import type { ClientConcept } from '../catalog/types';
import type { ClientSite, Setting } from '../sites';
import { isPooled } from './client-idle';
import { effectiveLimit } from './effective-value';

/** Either bound is enough: per origin (`maxSockets`, undici `connections`) or across origins (`maxTotalSockets`). */
const LIMIT_CONCEPTS: readonly ClientConcept[] = ['maxSockets', 'maxTotalSockets'];

export type PoolLimitVerdict =
  /** Node's agent without keep-alive closes each socket after its response: there is no pool to grow. */
  | { readonly kind: 'not-pooled' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'bounded' }
  /** Every limit the library has is unset or means "unlimited": one socket per concurrent request. */
  | { readonly kind: 'unbounded-pool'; readonly setting: Setting; readonly limits: readonly ClientConcept[] };

export function poolLimitVerdict(site: ClientSite): PoolLimitVerdict {
  if (site.constructor.singleConnection) return { kind: 'bounded' };
  const pooled = isPooled(site);
  if (pooled === 'unknown') return { kind: 'unknown' };
  if (!pooled) return { kind: 'not-pooled' };
  // A concept with no default in the catalogue is not an option of this library.
  const limits = LIMIT_CONCEPTS.filter((concept) => site.library.defaults[concept]);
  if (limits.length === 0) return { kind: 'unknown' };
  let unknown = false;
  for (const concept of limits) {
    const limit = effectiveLimit(site, concept);
    if (limit === undefined) unknown = true;
    else if (limit !== null) return { kind: 'bounded' };
  }
  return unknown ? { kind: 'unknown' } : { kind: 'unbounded-pool', setting: site.settings.maxSockets, limits };
}
