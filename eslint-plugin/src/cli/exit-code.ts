export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

export interface Outcome {
  readonly errors: number;
  readonly warnings: number;
  readonly maxWarnings: number | undefined;
}

/** As ESLint decides: errors (findings, files that could not be parsed) or too many warnings fail the run. */
export function exitCodeFor({ errors, warnings, maxWarnings }: Outcome): number {
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.findings;
  return EXIT.clean;
}
