/**
 * A number of milliseconds as Go writes a `time.Duration`: `4 * time.Second`, `time.Second`, `1500 * time.Millisecond`
 * (`65 * time.Second` behind a 60 s balancer). A value replacing one written in milliseconds stays in milliseconds.
 */
export function goDuration(ms: number, time: string, replacing?: string): string {
  const unit = (name: string, count: number) => (count === 1 ? `${time}.${name}` : `${count} * ${time}.${name}`);
  if (Number.isInteger(ms) && replacing !== undefined && /\bMillisecond\b/.test(replacing)) return unit('Millisecond', ms);
  if (Number.isInteger(ms / 1000)) return unit('Second', ms / 1000);
  if (Number.isInteger(ms)) return unit('Millisecond', ms);
  return unit('Microsecond', Math.round(ms * 1000));
}
