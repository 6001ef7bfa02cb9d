#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './cli/args';
import { cliConfig, lintPaths } from './cli/lint';
import { serverTable } from './cli/list-servers';
import { readTargets } from './targets';
import plugin from './index';

/** `keepalive-lint [paths…]`: scans any folder with the recommended rules, no configuration needed. */
async function main(argv: readonly string[]): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) return print(HELP, 0);
  if (options.version) return print(plugin.meta.version, 0);
  if (options.listServers) return print(serverTable(), 0);
  checkSettings(options);
  for (const path of options.paths) {
    if (!existsSync(resolve(path))) throw new UsageError(`No such file or folder: ${path}`);
  }
  const { output, findings } = await lintPaths(cliConfig(plugin as never, options), options, process.cwd());
  if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  return findings > 0 ? 1 : 0;
}

/** Bad --servers ids and the like are usage errors here, named with the closest known ids. */
function checkSettings(options: CliOptions): void {
  const { problems } = readTargets(
    { servers: options.servers, frontedBy: options.frontedBy, marginMs: options.marginMs, node: options.node },
    null,
  );
  if (problems.length > 0) {
    const flags = problems.map((p) => p.replace('settings.keepalive.servers', '--servers').replace('settings.keepalive.frontedBy', '--fronted-by').replace('settings.keepalive.node', '--node'));
    throw new UsageError(flags.join('\n'));
  }
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`keepalive-lint: ${error.message}\n`);
    } else {
      process.stderr.write(`keepalive-lint: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = 2;
  },
);
