import type { EslintCoverage } from '../shared/protocol';

/** What the client can see of the ESLint extension (dbaeumer.vscode-eslint) and its settings for one document. */
export interface EslintExtensionView {
  /** Installed and enabled in this window. */
  readonly installed: boolean;
  readonly active: boolean;
  readonly trusted: boolean;
  /** The raw `eslint.*` settings for the document's resource (anything a user may have written). */
  readonly settings: {
    readonly enable: unknown;
    readonly validate: unknown;
    readonly probe: unknown;
    readonly ignoreUntitled: unknown;
  };
}

/**
 * Whether the ESLint extension lints a document, by the rule it applies itself: nothing when `eslint.enable` is
 * off (or an untitled file with `eslint.ignoreUntitled`); else the languages of `eslint.validate` when that is a
 * list (and only those), else the languages of `eslint.probe`. It declares no support for untrusted
 * workspaces, so VS Code does not run it there.
 */
export function eslintCoverage(view: EslintExtensionView, document: { readonly languageId: string; readonly untitled: boolean }): EslintCoverage {
  const language = document.languageId;
  if (!view.installed) return no('the ESLint extension (dbaeumer.vscode-eslint) is not installed or is disabled');
  if (!view.trusted) return no('the ESLint extension does not run in an untrusted workspace');
  if (!view.active) return no('the ESLint extension has not started yet');
  const { enable, validate, probe, ignoreUntitled } = view.settings;
  if (enable === false) return no('`eslint.enable` is off for this file');
  if (document.untitled && ignoreUntitled === true) return no('`eslint.ignoreUntitled` is on and this file is unsaved');
  if (Array.isArray(validate)) {
    const listed = validate.some((item) => item === language || (typeof item === 'object' && item !== null && (item as { language?: unknown }).language === language));
    return listed ? yes(`\`eslint.validate\` lists ${language}`) : no(`\`eslint.validate\` does not list ${language}`);
  }
  if (Array.isArray(probe) && probe.includes(language)) return yes(`\`eslint.probe\` lists ${language}`);
  return no(`neither \`eslint.validate\` nor \`eslint.probe\` lists ${language}`);
}

function yes(reason: string): EslintCoverage {
  return { lints: true, reason };
}

function no(reason: string): EslintCoverage {
  return { lints: false, reason };
}
