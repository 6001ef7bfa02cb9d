import { parseArgs } from 'node:util';

export interface CliOptions {
  readonly paths: readonly string[];
  readonly servers?: readonly string[];
  readonly frontedBy?: readonly string[];
  readonly marginMs?: number;
  readonly node?: string;
  readonly java?: string;
  readonly go?: string;
  /** `--settings <file.json>`: the same schema as `settings.keepalive`. */
  readonly settingsFile?: string;
  /** False with `--no-config`: the scanned project's eslint.config.* is not read. */
  readonly projectConfig: boolean;
  readonly strict: boolean;
  readonly format: string;
  readonly outputFile?: string;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly ignorePatterns: readonly string[];
  readonly defaultIgnores: boolean;
  readonly gitignore: boolean;
  /** Globs of test files; undefined: the conventional ones. */
  readonly testFiles?: readonly string[];
  readonly listServers: boolean;
  /** `--inventory`: print every idle timeout in code and config files, and the unsafe pairs, instead of linting. */
  readonly inventory: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** A mistake in how the command was called, or in a settings file: printed as it is, exit code 2. */
export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        servers: { type: 'string' },
        'fronted-by': { type: 'string' },
        'margin-ms': { type: 'string' },
        node: { type: 'string' },
        java: { type: 'string' },
        go: { type: 'string' },
        settings: { type: 'string' },
        'no-config': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'ignore-pattern': { type: 'string', multiple: true, default: [] },
        'no-default-ignores': { type: 'boolean', default: false },
        'no-gitignore': { type: 'boolean', default: false },
        'test-files': { type: 'string', multiple: true },
        'list-servers': { type: 'boolean', default: false },
        inventory: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, '.')}\nRun keepalive-lint --help for the options.`);
  }
  const { values, positionals } = parsed;
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    servers: list(values.servers, '--servers'),
    frontedBy: list(values['fronted-by'], '--fronted-by'),
    marginMs: milliseconds(values['margin-ms']),
    node: values.node,
    java: values.java,
    go: values.go,
    settingsFile: nonEmpty(values.settings, '--settings', 'a JSON file, e.g. --settings keepalive.json'),
    projectConfig: !values['no-config'],
    strict: values.strict ?? false,
    format: nonEmpty(values.format, '--format', 'a formatter name, e.g. --format sarif') ?? 'stylish',
    outputFile: nonEmpty(values['output-file'], '--output-file', 'a file path'),
    maxWarnings: count(values['max-warnings']),
    quiet: values.quiet ?? false,
    ignorePatterns: (values['ignore-pattern'] ?? []).map((pattern) => nonEmpty(pattern, '--ignore-pattern', 'a glob, e.g. --ignore-pattern "legacy/**"')!),
    defaultIgnores: !values['no-default-ignores'],
    gitignore: !values['no-gitignore'],
    testFiles: values['test-files']?.map((pattern) => nonEmpty(pattern, '--test-files', 'a glob, e.g. --test-files "e2e/**"')!),
    listServers: values['list-servers'] ?? false,
    inventory: values.inventory ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function list(value: string | undefined, flag: string): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) throw new UsageError(`${flag} needs at least one server id, e.g. ${flag} nginx,aws-alb.`);
  return items;
}

function milliseconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) throw new UsageError(`--margin-ms must be a number of milliseconds ≥ 0, got "${value}".`);
  return parsed;
}

function count(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings must be a whole number ≥ 0, got "${value}".`);
  return Number(value);
}

function nonEmpty(value: string | undefined, flag: string, expected: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`${flag} needs ${expected}.`);
  return value;
}
