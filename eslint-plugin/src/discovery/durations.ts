/**
 * Each product's own way of writing a duration, to milliseconds. `undefined`: not a duration this product reads
 * (the value is then unknown, never guessed).
 */

const MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * A run of number-unit pairs (`1m30s`, `1h 30m`), with the unit a bare number takes (`null`: a bare number is not
 * allowed). Only the units listed are accepted.
 */
function sumOfUnits(text: string, units: readonly string[], bareUnit: string | null): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return bareUnit === null ? undefined : Math.round(Number(trimmed) * MS[bareUnit]!);
  let total = 0;
  let rest = trimmed;
  while (rest !== '') {
    const pair = /^(\d+(?:\.\d+)?)([a-zµ]+)\s*/i.exec(rest);
    if (!pair) return undefined;
    const unit = pair[2]!;
    if (!units.includes(unit)) return undefined;
    total += Number(pair[1]) * MS[unit]!;
    rest = rest.slice(pair[0].length);
  }
  return Math.round(total);
}

/** nginx (`ngx_parse_time`): `75`, `75s`, `1m30s`, `500ms`; a bare number is seconds. `M` (month) and `y` are left out. */
export function nginxDuration(text: string): number | undefined {
  return sumOfUnits(text, ['ms', 's', 'm', 'h', 'd', 'w'], 's');
}

/** HAProxy (`timeout …`): `30s`, `1m`, `5000`; a bare number is milliseconds. */
export function haproxyDuration(text: string): number | undefined {
  return sumOfUnits(text, ['us', 'ms', 's', 'm', 'h', 'd'], 'ms');
}

/**
 * Spring Boot's `DurationStyle`: `60s`, `1m`, `500ms` (units case-insensitive), ISO-8601 `PT60S`; a bare number is
 * milliseconds for every idle property read here (none has a `@DurationUnit`).
 */
export function springDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const simple = /^\+?(\d+)([a-zA-Z]{0,2})$/.exec(trimmed);
  if (simple) {
    const unit = simple[2]!.toLowerCase() || 'ms';
    return unit in MS && unit !== 'w' ? Number(simple[1]) * MS[unit]! : undefined;
  }
  const iso = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(trimmed);
  if (iso && (iso[1] || iso[2] || iso[3])) return Math.round(Number(iso[1] ?? 0) * 3_600_000 + Number(iso[2] ?? 0) * 60_000 + Number(iso[3] ?? 0) * 1000);
  return undefined;
}

/** Go's `time.ParseDuration` (Traefik, Caddy): `90s`, `1m30s`, `1.5h`; Caddy adds `d`. A bare number needs `bareSeconds` (Traefik reads it as seconds). */
export function goDuration(text: string, options: { readonly bareSeconds: boolean; readonly days: boolean }): number | undefined {
  const trimmed = text.trim();
  if (/\s/.test(trimmed)) return undefined;
  const units = ['ns', 'us', 'µs', 'ms', 's', 'm', 'h', ...(options.days ? ['d'] : [])];
  return sumOfUnits(trimmed, units, options.bareSeconds ? 's' : null);
}

/** A protobuf `Duration` in Envoy's YAML: `60s`, `0.5s`, or `{ seconds: 60, nanos: 0 }`. */
export function protobufDuration(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
    return match ? Math.round(Number(match[1]) * 1000) : undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { seconds, nanos } = value as Record<string, unknown>;
    const whole = typeof seconds === 'number' ? seconds : typeof seconds === 'string' && /^\d+$/.test(seconds) ? Number(seconds) : undefined;
    if (whole === undefined || (nanos !== undefined && typeof nanos !== 'number')) return undefined;
    return Math.round(whole * 1000 + ((nanos as number | undefined) ?? 0) / 1e6);
  }
  return undefined;
}

/** A whole number of seconds (Terraform, Kubernetes annotations, gunicorn/uvicorn flags), as text or a number. */
export function wholeSeconds(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^\d+$/.test(text) ? Number(text) * 1000 : undefined;
}
