import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTargets } from '../targets';
import { UsageError, type CliOptions } from './args';

export type KeepaliveSettingsObject = Readonly<Record<string, unknown>>;

/** The settings given on the command line: flags, and the `--settings` file under them. */
export interface CommandLineSettings {
  readonly fromFile: KeepaliveSettingsObject;
  readonly fromFlags: KeepaliveSettingsObject;
}

export function commandLineSettings(options: CliOptions, cwd: string): CommandLineSettings {
  const fromFlags: Record<string, unknown> = {};
  if (options.servers) fromFlags['servers'] = options.servers;
  if (options.frontedBy) fromFlags['frontedBy'] = options.frontedBy;
  if (options.marginMs !== undefined) fromFlags['marginMs'] = options.marginMs;
  if (options.node !== undefined) fromFlags['node'] = options.node;
  if (options.java !== undefined) fromFlags['java'] = options.java;
  if (options.go !== undefined) fromFlags['go'] = options.go;
  checkFlags(fromFlags);
  return { fromFile: options.settingsFile ? readSettingsFile(options.settingsFile, cwd) : {}, fromFlags };
}

/** Bad --servers ids and the like are usage errors here, named with the closest known ids. */
function checkFlags(settings: KeepaliveSettingsObject): void {
  const { problems } = readTargets(settings, null);
  if (problems.length > 0) {
    const flags = problems.map((problem) =>
      problem.replace('settings.keepalive.servers', '--servers').replace('settings.keepalive.frontedBy', '--fronted-by').replace(/settings\.keepalive\.(node|java|go)\b/, '--$1'),
    );
    throw new UsageError(flags.join('\n'));
  }
}

/** `--settings <file.json>`: the schema of `settings.keepalive`; any mistake in it is a usage error. */
function readSettingsFile(path: string, cwd: string): KeepaliveSettingsObject {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`--settings ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--settings ${path}: not valid JSON (${(error as Error).message}).`);
  }
  const { problems } = readTargets(parsed, null);
  if (problems.length > 0) {
    const named = problems.map((problem) => `--settings ${path}: ${problem.replace(/settings\.keepalive\.?/g, '').replace(/^ /, '') || problem}`);
    throw new UsageError(named.join('\n'));
  }
  return parsed as KeepaliveSettingsObject;
}

/**
 * The settings a file is linted with: the project's config, then the --settings file, then flags, each key
 * replacing the one before. Equal settings come back as the same object, so the rules' caches keyed by the
 * settings object stay warm across files.
 */
export class SettingsMerger {
  private readonly byKey = new Map<string, KeepaliveSettingsObject>();

  constructor(private readonly commandLine: CommandLineSettings) {}

  forFile(project: unknown): unknown {
    // A malformed project value is passed on as it is: the rules report it in that file, as ESLint would.
    if (project !== undefined && (typeof project !== 'object' || project === null || Array.isArray(project))) {
      return Object.keys(this.commandLine.fromFile).length + Object.keys(this.commandLine.fromFlags).length > 0 ? this.merge({}) : project;
    }
    return this.merge((project ?? {}) as KeepaliveSettingsObject);
  }

  private merge(project: KeepaliveSettingsObject): KeepaliveSettingsObject | undefined {
    const merged = { ...project, ...this.commandLine.fromFile, ...this.commandLine.fromFlags };
    // Nothing set: the rules then skip reading settings on files that build no pool.
    if (Object.keys(merged).length === 0) return undefined;
    const key = JSON.stringify(merged);
    let shared = this.byKey.get(key);
    if (!shared) this.byKey.set(key, (shared = merged));
    return shared;
  }
}
