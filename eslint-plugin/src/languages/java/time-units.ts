// Java's time units and duration factories, in milliseconds: what the value folders multiply by.

/** Milliseconds in one of each `TimeUnit` and `ChronoUnit` constant. */
export const UNIT_MS: Readonly<Record<string, number>> = {
  NANOSECONDS: 1e-6,
  NANOS: 1e-6,
  MICROSECONDS: 1e-3,
  MICROS: 1e-3,
  MILLISECONDS: 1,
  MILLIS: 1,
  SECONDS: 1000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

/** `Duration.ofSeconds`, `TimeValue.ofMinutes`, `Timeout.ofMilliseconds` … : the unit each factory takes. */
export const FACTORY_MS: Readonly<Record<string, number>> = {
  ofNanos: 1e-6,
  ofNanoseconds: 1e-6,
  ofMicroseconds: 1e-3,
  ofMillis: 1,
  ofMilliseconds: 1,
  ofSeconds: 1000,
  ofMinutes: 60_000,
  ofHours: 3_600_000,
  ofDays: 86_400_000,
};

/** Named constants of the duration classes, in ms. */
export const DURATION_CONSTANTS: Readonly<Record<string, number>> = {
  ZERO: 0,
  ZERO_MILLISECONDS: 0,
  NEG_ONE_MILLISECOND: -1,
  NEG_ONE_SECOND: -1000,
  DISABLED: 0,
  INFINITE: -1,
  MAX_VALUE: Number.POSITIVE_INFINITY,
};

/** `TimeUnit` conversions: the target unit in ms. */
export const CONVERSIONS: Readonly<Record<string, number>> = { toNanos: 1e-6, toMicros: 1e-3, toMillis: 1, toSeconds: 1000, toMinutes: 60_000, toHours: 3_600_000, toDays: 86_400_000 };
