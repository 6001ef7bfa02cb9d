import type { DiagnosticsMode, EslintCoverage, Reporter } from '../shared/protocol';

/** What the project's ESLint config says about one document, as far as the server could read it. */
export type ProjectRules =
  /** The keepalive rules it turns on (warn or error) for the document; empty when it turns none on. */
  | { readonly enabled: readonly string[] }
  /** It was not read: why, as a sentence fragment ("the workspace is not trusted"). */
  | { readonly unread: string };

export interface ReportingInput {
  /** `keepalive.enable` for the document. */
  readonly enable: boolean;
  readonly mode: DiagnosticsMode;
  readonly project: ProjectRules;
  /** Whether the ESLint extension lints the document; `null` when the client cannot say. */
  readonly eslint: EslintCoverage | null;
}

/** Who reports one document's findings, and the sentences the status item shows. */
export interface Reporting {
  readonly reporter: Reporter;
  /** This server publishes diagnostics (and offers quick fixes) for the document. */
  readonly publish: boolean;
  readonly why: string;
  readonly change: string;
}

const AUTO = 'Set `keepalive.diagnostics` to `"auto"`';
const HINTS = 'Inlay hints and hovers stay on.';

/**
 * `auto` leaves the findings to the ESLint extension only where it would report them itself: it lints the
 * document AND the project's ESLint config turns on at least one keepalive rule for it. Anything the server
 * could not check (an untrusted workspace, a config that does not load, a client that does not say) keeps
 * the findings here, so none are lost.
 */
export function decideReporting({ enable, mode, project, eslint }: ReportingInput): Reporting {
  if (!enable) {
    return off('`keepalive.enable` is off for this file: Keep-Alive does not lint it.', 'Set `keepalive.enable` to `true` to lint it again.');
  }
  if (mode === 'never') {
    return off(`\`keepalive.diagnostics\` is \`"never"\`: Keep-Alive publishes no diagnostics. ${HINTS}`, `${AUTO} or \`"always"\` to see the findings in Problems.`);
  }
  const eslintReports = eslint?.lints === true && 'enabled' in project && project.enabled.length > 0;
  if (mode === 'always') {
    const twice = eslintReports ? ' The ESLint extension reports the same rules for this file, so each finding shows twice.' : '';
    return ours(`\`keepalive.diagnostics\` is \`"always"\`.${twice}`, `${AUTO} to leave the findings to the ESLint extension when it reports them.`);
  }
  if (eslintReports) {
    return {
      reporter: 'eslint',
      publish: false,
      why: `The ESLint extension lints this file and the project's ESLint config turns on ${ruleList(project.enabled)}: the findings and their quick fixes come from ESLint. ${HINTS}`,
      change: 'Set `keepalive.diagnostics` to `"always"` to have Keep-Alive report them too, or `"never"` to keep its diagnostics off everywhere.',
    };
  }
  return ours(`Keep-Alive reports the findings: ${whyNotEslint(project, eslint)}.`, 'With `keepalive.diagnostics` `"auto"` (the default) it leaves them to the ESLint extension where that reports them; `"never"` turns them off.');
}

/** The keepalive rule ids an ESLint config's rule entries turn on (severity warn or error, in any form ESLint accepts). */
export function enabledKeepaliveRules(rules: Readonly<Record<string, unknown>> | undefined): string[] {
  return Object.entries(rules ?? {})
    .filter(([id, entry]) => id.startsWith('keepalive/') && isOn(Array.isArray(entry) ? entry[0] : entry))
    .map(([id]) => id);
}

function isOn(severity: unknown): boolean {
  return severity === 1 || severity === 2 || severity === 'warn' || severity === 'error';
}

function whyNotEslint(project: ProjectRules, eslint: EslintCoverage | null): string {
  if (eslint === null) return 'this editor does not say whether the ESLint extension lints the file';
  if (!eslint.lints) return eslint.reason;
  if ('unread' in project) return `the ESLint extension lints this file, but ${project.unread}`;
  return "the ESLint extension lints this file, but the project's ESLint config turns on no keepalive rule for it";
}

function ruleList(ids: readonly string[]): string {
  const shown = ids.slice(0, 3).join(', ');
  return ids.length > 3 ? `${shown} and ${ids.length - 3} more` : shown;
}

function ours(why: string, change: string): Reporting {
  return { reporter: 'keepalive', publish: true, why, change };
}

function off(why: string, change: string): Reporting {
  return { reporter: 'off', publish: false, why, change };
}
