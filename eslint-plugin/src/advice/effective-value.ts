import type { ClientConcept } from '../catalog/types';
import type { ClientSite } from '../sites';

/**
 * A time or count limit as the library will apply it: a positive number, `null` for "no limit" (no timer,
 * Infinity, unlimited), or `undefined` when it cannot be seen or the library rejects the value (a different
 * finding: never reported here as a missing limit).
 */
export function effectiveLimit(site: ClientSite, concept: ClientConcept): number | null | undefined {
  const setting = site.settings[concept];
  if (setting.source === 'unknown') return undefined;
  const value = setting.source === 'explicit' && (setting.value === undefined || setting.value === null) ? defaultOf(site, concept) : setting.value;
  if (value === null) return null;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) return undefined;
  if (value === Number.POSITIVE_INFINITY) return null;
  if (value > 0) return value;
  const zero = site.library.zeroMeans[concept];
  switch (zero?.effect) {
    case 'unlimited':
      return null;
    case 'fallback':
      return zero.fallback ? effectiveLimit(site, zero.fallback) : undefined;
    case 'default': {
      const fallback = defaultOf(site, concept);
      return typeof fallback === 'number' && fallback > 0 ? fallback : null;
    }
    case 'invalid':
      return undefined;
    default:
      return 0;
  }
}

/** `options.x` left `undefined` or `null`: every catalogued library falls back to its default then. */
function defaultOf(site: ClientSite, concept: ClientConcept): unknown {
  const defaults = site.library.defaults[concept];
  return defaults && defaults.length > 0 ? defaults[0]!.value : undefined;
}

/** The option a suggestion edits for a concept: the name the user wrote (a legacy alias too), else the library's own. */
export function optionToWrite(site: ClientSite, concept: ClientConcept): string | undefined {
  const setting = site.settings[concept];
  return setting.source === 'explicit' ? setting.option : site.library.optionFor[concept];
}
