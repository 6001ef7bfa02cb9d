import type { Connection } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../shared/protocol';
import { knownRules, recommendedRules } from './lint-config';
import type { Notices } from './notices';
import { filePathOf } from './paths';
import type { ProjectConfigs } from './project-config';
import { DEFAULT_EDITOR_SETTINGS, readEditorSettings, type EditorSettings } from './settings';

/** Everything that decides how one document is linted. */
export interface DocumentSettings {
  readonly enable: boolean;
  readonly inlayHints: boolean;
  /** ESLint shared settings for the Linter and `inspect`: `{ keepalive: … }`. */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly rules: Readonly<Record<string, unknown>>;
  /** Where `settings.keepalive` came from, to name it in messages. */
  readonly origin: 'editor' | 'project';
}

/**
 * Settings per document: the VS Code settings for its resource, overridden in a trusted workspace by the
 * project's ESLint config (`settings.keepalive` and keepalive rule levels). Cached until `clear()`.
 */
export class SettingsResolver {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly notices: Notices,
    private readonly options: { canPullConfiguration: boolean; projectConfigs: ProjectConfigs | null },
  ) {}

  forDocument(uri: string): Promise<DocumentSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.resolve(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  clear(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    const editor = await this.editorSettings(uri);
    for (const problem of editor.problems) this.notices.warnOnce(problem);
    const project = await this.projectConfig(uri);
    const fromProject = project?.keepalive !== undefined;
    let rules = recommendedRules();
    if (project?.rules) {
      const known = knownRules(project.rules);
      rules = known.rules;
      if (known.unknown.length > 0) this.notices.logOnce(`unknown-rules:${uri}`, `The ESLint config names rules this extension does not have: ${known.unknown.join(', ')}.`);
    }
    return {
      enable: editor.enable,
      inlayHints: editor.inlayHints,
      settings: { keepalive: fromProject ? project.keepalive : editor.keepalive },
      rules,
      origin: fromProject ? 'project' : 'editor',
    };
  }

  private async editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.options.canPullConfiguration) return DEFAULT_EDITOR_SETTINGS;
    try {
      return readEditorSettings(await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }));
    } catch (error) {
      this.notices.error(`Could not read the keepalive settings: ${String(error)}`);
      return DEFAULT_EDITOR_SETTINGS;
    }
  }

  private async projectConfig(uri: string) {
    const path = filePathOf(uri);
    const configs = this.options.projectConfigs;
    if (!configs || !path) return null;
    try {
      return await configs.forFile(path);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      this.notices.warnOnce(`${reason} Using the keepalive.* settings instead until it loads.`);
      return null;
    }
  }
}
