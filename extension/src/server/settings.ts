/** The `keepalive.*` VS Code settings of one document, read defensively: a wrong type is a message, not a crash. */
import { DIAGNOSTICS_MODES, type DiagnosticsMode } from '../shared/protocol';

export interface EditorSettings {
  readonly enable: boolean;
  readonly inlayHints: boolean;
  /** `keepalive.diagnostics`: who publishes the findings (see `reporting.ts`). */
  readonly diagnostics: DiagnosticsMode;
  /** The same object a project writes as ESLint `settings.keepalive`; the plugin validates its contents. */
  readonly keepalive: Readonly<Record<string, unknown>>;
  /** Settings of the wrong type, each a complete sentence naming the setting. */
  readonly problems: readonly string[];
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { enable: true, inlayHints: true, diagnostics: 'auto', keepalive: {}, problems: [] };

/** @param raw what `workspace/configuration` returned for the `keepalive` section. */
export function readEditorSettings(raw: unknown): EditorSettings {
  if (raw === null || raw === undefined) return DEFAULT_EDITOR_SETTINGS;
  const problems: string[] = [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ...DEFAULT_EDITOR_SETTINGS, problems: [`The keepalive settings must be an object, got ${typeof raw}; using the defaults.`] };
  }
  const section = raw as Record<string, unknown>;
  const inlayHints = section['inlayHints'];
  const keepalive: Record<string, unknown> = {};
  for (const key of ['servers', 'frontedBy'] as const) {
    const value = section[key];
    // An empty list is VS Code's default, and means "not set" (so the plugin assumes a server).
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) keepalive[key] = value;
  }
  if (section['marginMs'] !== undefined && section['marginMs'] !== null) keepalive['marginMs'] = section['marginMs'];
  for (const key of ['node', 'java', 'go'] as const) {
    if (section[key] !== undefined && section[key] !== null && section[key] !== '') keepalive[key] = section[key];
  }
  return {
    enable: readBoolean(section['enable'], 'keepalive.enable', problems),
    inlayHints: readBoolean(
      typeof inlayHints === 'object' && inlayHints !== null ? (inlayHints as Record<string, unknown>)['enabled'] : undefined,
      'keepalive.inlayHints.enabled',
      problems,
    ),
    diagnostics: readMode(section['diagnostics'], problems),
    keepalive,
    problems,
  };
}

/**
 * The plugin names settings as an ESLint config writes them (`settings.keepalive.servers[0]`); for values that
 * came from VS Code, name the VS Code setting instead.
 */
export function asEditorSettingProblem(problem: string): string {
  return problem.replace(/settings\.keepalive\b/g, 'keepalive');
}

function readBoolean(value: unknown, name: string, problems: string[]): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  problems.push(`${name} must be true or false, got ${JSON.stringify(value)}; using true.`);
  return true;
}

function readMode(value: unknown, problems: string[]): DiagnosticsMode {
  if (value === undefined || value === null) return 'auto';
  if (DIAGNOSTICS_MODES.includes(value as DiagnosticsMode)) return value as DiagnosticsMode;
  problems.push(`keepalive.diagnostics must be one of ${DIAGNOSTICS_MODES.map((mode) => `"${mode}"`).join(', ')}, got ${JSON.stringify(value)}; using "auto".`);
  return 'auto';
}
