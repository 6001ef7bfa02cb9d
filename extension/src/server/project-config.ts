import { dirname, sep } from 'node:path';
import { ESLint } from 'eslint';
import { findJitiIn } from './jiti/project-jiti';

/** What a project's ESLint flat config says about keep-alive for one file. */
export interface ProjectConfig {
  /** `settings.keepalive`, when the config sets it. */
  readonly keepalive: unknown;
  /** `keepalive/*` rule entries (severity and options), when the config configures any. */
  readonly rules: Readonly<Record<string, unknown>> | undefined;
}

/** A config that exists but cannot be loaded (a syntax error, a missing import). */
export class ProjectConfigError extends Error {
  constructor(
    readonly configFile: string,
    cause: unknown,
  ) {
    const reason = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0]!.replace(/\.?$/, '.');
    super(`Could not load ${configFile}: ${reason}`);
  }
}

/**
 * Reads `settings.keepalive` and the keepalive rule levels from the project's own `eslint.config.*` through
 * `ESLint#calculateConfigForFile`, so the editor and CI agree. This loads the config, which is code: only
 * ever used in a trusted workspace. One ESLint instance per folder; results cached until `clear()`.
 */
export class ProjectConfigs {
  private readonly instances = new Map<string, ESLint>();
  private readonly results = new Map<string, Promise<ProjectConfig | null>>();

  constructor(private readonly folders: () => readonly string[]) {
    // An `eslint.config.ts` is loaded with the project's own jiti, found from the workspace folders.
    findJitiIn(folders);
  }

  /** `null` when no config applies; rejects with the config's own error when it cannot be loaded. */
  forFile(path: string): Promise<ProjectConfig | null> {
    let result = this.results.get(path);
    if (!result) {
      result = this.calculate(path);
      this.results.set(path, result);
      // A failed load is retried next time (the user is probably fixing the config right now).
      result.catch(() => this.results.delete(path));
    }
    return result;
  }

  clear(): void {
    this.instances.clear();
    this.results.clear();
  }

  private async calculate(path: string): Promise<ProjectConfig | null> {
    const eslint = this.instanceFor(this.folderOf(path));
    let config: { settings?: Record<string, unknown>; rules?: Record<string, unknown> } | undefined;
    try {
      config = (await eslint.calculateConfigForFile(path)) as typeof config;
    } catch (error) {
      if ((error as { messageTemplate?: string }).messageTemplate === 'config-file-missing') return null;
      const configFile = await eslint.findConfigFile(path).catch(() => undefined);
      throw new ProjectConfigError(configFile ?? 'the ESLint config', error);
    }
    if (!config) return null; // the file is ignored by the config
    const rules = Object.fromEntries(Object.entries(config.rules ?? {}).filter(([id]) => id.startsWith('keepalive/')));
    const keepalive = config.settings?.['keepalive'];
    if (keepalive === undefined && Object.keys(rules).length === 0) return null;
    return { keepalive, rules: Object.keys(rules).length > 0 ? rules : undefined };
  }

  /** The deepest workspace folder holding the file, else the file's own folder: ESLint ignores files outside its cwd. */
  private folderOf(path: string): string {
    const holding = this.folders().filter((folder) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
    return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(path);
  }

  private instanceFor(cwd: string): ESLint {
    let eslint = this.instances.get(cwd);
    if (!eslint) {
      eslint = new ESLint({ cwd });
      this.instances.set(cwd, eslint);
    }
    return eslint;
  }
}
