import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { UsageError } from './args';
import { LINTED_EXTENSIONS } from './source-kinds';

export interface ProjectSettingsForFile {
  /** `settings.keepalive` of the config that applies to the file, when it has one. */
  readonly keepalive: unknown;
  /** The eslint.config.* that gave it. */
  readonly configFile: string | undefined;
}

const NONE: ProjectSettingsForFile = { keepalive: undefined, configFile: undefined };

/**
 * `settings.keepalive` from the scanned project's own ESLint flat config, per file (so `files` blocks count),
 * through ESLint's own config loading. Nothing else of that config is used: the CLI runs its own rules and
 * parsers, so a project's other plugins, rules and parsers cannot change what it reports.
 */
export class ProjectSettings {
  private readonly eslint: ESLint;
  /** Config files that could not be loaded and say nothing of keepalive: noted in the summary, then ignored. */
  readonly unloadable = new Map<string, string>();

  constructor(base: string) {
    // Every linted extension is named, so a block without `files` (as settings blocks usually are) applies to
    // .ts files too, even in a project whose own config lints only JavaScript.
    this.eslint = new ESLint({ cwd: base, overrideConfig: { files: [`**/*.{${LINTED_EXTENSIONS.join(',')}}`] } });
  }

  async forFile(file: string): Promise<ProjectSettingsForFile> {
    let configFile: string | undefined;
    try {
      configFile = await this.eslint.findConfigFile(file);
      if (configFile === undefined || this.unloadable.has(configFile)) return NONE;
      const config = (await this.eslint.calculateConfigForFile(file)) as { settings?: Record<string, unknown> } | undefined;
      return { keepalive: config?.settings?.['keepalive'], configFile };
    } catch (error) {
      if ((error as { messageTemplate?: string }).messageTemplate === 'config-file-missing' || configFile === undefined) return NONE;
      const reason = firstLine(error);
      if (mentionsKeepalive(configFile)) {
        throw new UsageError(
          `${configFile} could not be loaded, so its settings.keepalive cannot be used: ${reason}\n` +
            'Install the project\'s dependencies (npm ci), or pass --no-config and give the settings with --settings or flags.',
        );
      }
      this.unloadable.set(configFile, reason);
      return NONE;
    }
  }
}

function mentionsKeepalive(configFile: string): boolean {
  try {
    return /keepalive/i.test(readFileSync(configFile, 'utf8'));
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
