import { parseArgs } from 'node:util';

export interface CliOptions {
  readonly paths: readonly string[];
  readonly servers?: readonly string[];
  readonly frontedBy?: readonly string[];
  readonly marginMs?: number;
  readonly node?: string;
  readonly format: 'stylish' | 'json';
  readonly strict: boolean;
  readonly listServers: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** A mistake in how the command was called: printed as it is, exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: keepalive-lint [paths...] [options]

Finds HTTP client pools that keep idle connections longer than the server does
(ECONNRESET, "socket hang up") and servers that close before their load balancer.
Lints .js .mjs .cjs .jsx .ts .mts .cts .tsx files; skips node_modules and build folders.

Options:
  --servers <ids>       what the code's clients talk to, comma-separated (e.g. nginx,aws-alb)
  --fronted-by <ids>    what sits in front of the code's servers (e.g. aws-alb)
  --margin-ms <ms>      safety margin below a server's idle timeout (default 1000)
  --node <range>        Node.js versions the code runs on (default: engines.node)
  --strict              run every rule, not only the recommended ones
  --format <name>       stylish (default) or json
  --list-servers        print the known server defaults with their sources
  -h, --help            show this help
  -v, --version         print the version

Exit codes: 0 no findings, 1 findings, 2 usage error.`;

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
        format: { type: 'string', default: 'stylish' },
        strict: { type: 'boolean', default: false },
        'list-servers': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, '.')}\nRun keepalive-lint --help for the options.`);
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`--format must be stylish or json, got "${format}".`);
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    servers: list(values.servers, '--servers'),
    frontedBy: list(values['fronted-by'], '--fronted-by'),
    marginMs: number(values['margin-ms']),
    node: values.node,
    format,
    strict: values.strict ?? false,
    listServers: values['list-servers'] ?? false,
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

function number(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) throw new UsageError(`--margin-ms must be a number of milliseconds ≥ 0, got "${value}".`);
  return parsed;
}
