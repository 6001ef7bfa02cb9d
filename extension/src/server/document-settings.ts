import type { Connection } from 'vscode-languageserver';
import { SETTINGS_SECTION, type EslintCoverage } from '../shared/protocol';
import { knownRules, recommendedRules } from './lint-config';
import type { Notices } from './notices';
import { filePathOf } from './paths';
import type { ProjectConfig, ProjectConfigs } from './project-config';
import { decideReporting, enabledKeepaliveRules, type ProjectRules, type Reporting } from './reporting';
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
  /** Who reports the findings as diagnostics: this server, the ESLint extension, or nobody. */
  readonly reporting: Reporting;
}

interface ProjectState {
  readonly config: ProjectConfig | null;
  readonly rules: ProjectRules;
}

/**
 * Settings per document: the VS Code settings for its resource, overridden in a trusted workspace by the
 * project's ESLint config (`settings.keepalive` and keepalive rule levels). Cached until `clear()`.
 */
export class SettingsResolver {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  private readonly editorCache = new Map<string, Promise<EditorSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly notices: Notices,
    private readonly options: {
      canPullConfiguration: boolean;
      projectConfigs: ProjectConfigs | null;
      /** Whether the ESLint extension lints a document; `null` when the client cannot say. */
      eslintCoverage: (uri: string) => Promise<EslintCoverage | null>;
    },
  ) {}

  forDocument(uri: string): Promise<DocumentSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.resolve(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** The `keepalive.*` VS Code settings alone, for a document that is not linted (a config file's annotations). */
  editorFor(uri: string): Promise<EditorSettings> {
    let settings = this.editorCache.get(uri);
    if (!settings) {
      settings = this.editorSettings(uri);
      this.editorCache.set(uri, settings);
    }
    return settings;
  }

  clear(uri?: string): void {
    if (uri) {
      this.cache.delete(uri);
      this.editorCache.delete(uri);
    } else {
      this.cache.clear();
      this.editorCache.clear();
    }
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    const editor = await this.editorSettings(uri);
    for (const problem of editor.problems) this.notices.warnOnce(problem);
    // Not asked where nothing is published; "always" names the double reports it causes.
    const askEslint = editor.enable && editor.diagnostics !== 'never';
    const [{ config: project, rules: projectRules }, eslint] = await Promise.all([this.projectConfig(uri), askEslint ? this.options.eslintCoverage(uri) : null]);
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
      reporting: decideReporting({ enable: editor.enable, mode: editor.diagnostics, project: projectRules, eslint }),
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

  private async projectConfig(uri: string): Promise<ProjectState> {
    const path = filePathOf(uri);
    const configs = this.options.projectConfigs;
    if (!configs) return { config: null, rules: { unread: "the project's ESLint config is not read in an untrusted workspace" } };
    if (!path) return { config: null, rules: { unread: 'an unsaved file has no project ESLint config' } };
    try {
      const config = await configs.forFile(path);
      return { config, rules: { enabled: enabledKeepaliveRules(config?.rules) } };
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      this.notices.warnOnce(`${reason} Using the keepalive.* settings instead until it loads.`);
      return { config: null, rules: { unread: "the project's ESLint config could not be loaded (see the Keep-Alive output)" } };
    }
  }
}
