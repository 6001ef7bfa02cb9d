import type { ClientConcept, ClientLibrary } from '../../catalog/types';
import type { ExplicitSetting, Setting, TextRange, WrittenOption } from '../../sites';
import type { FieldState, FieldWrite } from './fields';

/** Turning field states into the neutral model's settings: plain data, no node kept. */

/** Nanoseconds (Go's `time.Duration`) to milliseconds. */
export function durationMs(value: unknown): number | undefined {
  return typeof value === 'number' ? value / 1e6 : undefined;
}

export function explicitSetting(write: FieldWrite, option: string, value: unknown): ExplicitSetting {
  return { source: 'explicit', value, option, range: write.range, valueRange: write.valueRange, text: write.text };
}

/**
 * A concept's setting from the state of the field that sets it. Unset means the library's default, unless the value
 * escapes (then code the file does not show may set it: unknown). `convert` turns the Go value into the concept's
 * unit, or `undefined` when it cannot.
 */
export function clientSetting(
  state: FieldState,
  library: ClientLibrary,
  concept: ClientConcept,
  option: string,
  escapes: boolean,
  convert: (value: unknown) => unknown,
): Setting {
  if (state.kind === 'unknown' || (state.kind === 'unset' && escapes)) return { source: 'unknown', option };
  if (state.kind === 'unset') return defaultSetting(library, concept, option);
  const { final } = state;
  if (!final.value.known) return { source: 'unknown', option };
  const value = convert(final.value.value);
  return value === undefined ? { source: 'unknown', option } : explicitSetting(final, option, value);
}

export function defaultSetting(library: ClientLibrary, concept: ClientConcept, option?: string): Setting {
  const fallback = library.defaults[concept]?.[0];
  return fallback ? { source: 'default', value: fallback.value, catalogSource: fallback.source } : { source: 'unknown', ...(option ? { option } : {}) };
}

/** What the code wrote for a field, for `ClientSite.options`. */
export function writtenOption(state: FieldState, convert: (value: unknown) => unknown): WrittenOption | undefined {
  if (state.kind !== 'set') return undefined;
  const { final } = state;
  const converted = final.value.known ? convert(final.value.value) : undefined;
  return {
    value: converted === undefined ? { known: false } : { known: true, value: converted },
    range: final.range,
    valueRange: final.valueRange,
    text: final.text,
  };
}

/** The value ranges a replacement rewrites: the literal's value and every assignment's, whichever the code wrote. */
export function writtenRanges(state: FieldState): readonly TextRange[] {
  if (state.kind !== 'set') return [];
  return state.assignments.length > 0 ? state.assignments.map((each) => each.valueRange) : [state.final.valueRange];
}
