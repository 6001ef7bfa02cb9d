/** How numbers appear in messages, hints and inserted code. */

/** `4000` → `4 s`, `74000` → `74 s`, `1500` → `1.5 s`, `500` → `500 ms`, `600000` → `10 min`. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return 'never';
  if (ms < 1000) return `${ms} ms`;
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(1))} s`;
}

/** The style of number literals a file already uses, so inserted values look like the user's own. */
export interface NumberStyle {
  readonly separators: boolean;
}

/**
 * Read only when a value is written: rules ask on every file, and most files get no suggestion. A class (not an
 * object literal with a getter) keeps the per-file cost to one small allocation.
 */
class FileNumberStyle implements NumberStyle {
  private cached: boolean | undefined;
  constructor(private readonly sourceText: string) {}
  get separators(): boolean {
    return (this.cached ??= /\b\d{1,3}(?:_\d{3})+\b/.test(this.sourceText));
  }
}

export function detectNumberStyle(sourceText: string): NumberStyle {
  return new FileNumberStyle(sourceText);
}

/**
 * A number literal in the file's style. When it replaces an existing literal written in exponent form
 * (`80e3`), the replacement keeps that form where it can.
 */
export function formatMsLiteral(ms: number, style: NumberStyle, replacing?: string): string {
  if (replacing && /^\d+e3$/i.test(replacing) && ms % 1000 === 0) return `${ms / 1000}e3`;
  if (!style.separators || ms < 10_000) return String(ms);
  return String(ms).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}
