import { relative } from 'node:path';
import type { Linter } from 'eslint';
import { visible } from './control-characters';
import type { SkipReason, Skipped } from './file-selection';
import type { SourceLanguage } from './source-kinds';

export interface ScanReport {
  /** Files read and linted, the unparsable ones included. */
  readonly scanned: number;
  readonly errors: number;
  readonly warnings: number;
  readonly filesWithFindings: number;
  readonly unparsable: readonly { readonly file: string; readonly error: Linter.LintMessage }[];
  readonly skipped: readonly Skipped[];
  readonly noParser: readonly { readonly file: string; readonly language: SourceLanguage }[];
  /** eslint.config.* files whose settings.keepalive were used. */
  readonly configFiles: readonly string[];
  /** eslint.config.* files that could not be loaded (and mention no keepalive settings), with the reason. */
  readonly unloadableConfigs: ReadonlyMap<string, string>;
  readonly maxWarnings: number | undefined;
}

const SHOWN = 5;

const SKIP_LINES: Record<SkipReason, (paths: string) => string> = {
  default: (paths) => `Skipped by default: ${paths} (--no-default-ignores scans them).`,
  gitignore: (paths) => `Skipped by .gitignore: ${paths} (--no-gitignore scans them).`,
  'ignore-pattern': (paths) => `Skipped by --ignore-pattern: ${paths}.`,
  unreadable: (paths) => `Skipped, could not be read: ${paths}.`,
};

/** The lines closing the stylish output (or on standard error for other formats): what was scanned, skipped, found. */
export function summaryText(report: ScanReport, cwd: string): string {
  const lines: string[] = [];
  const findings = report.errors + report.warnings - report.unparsable.length;
  const found =
    findings === 0
      ? 'no keep-alive findings'
      : `${plural(findings, 'keep-alive finding')} (${plural(report.errors - report.unparsable.length, 'error')}, ${plural(report.warnings, 'warning')}) in ${plural(report.filesWithFindings, 'file')}`;
  const parseFailures = report.unparsable.length > 0 ? `; ${plural(report.unparsable.length, 'file')} could not be parsed` : '';
  lines.push(`Scanned ${plural(report.scanned, 'file')}: ${found}${parseFailures}.`);
  for (const { file, error } of report.unparsable) {
    const at = error.line > 0 ? ` (${error.line}:${error.column})` : '';
    lines.push(`Could not parse ${shown(file, cwd)}${at}: ${visible(error.message)}`);
  }
  for (const reason of Object.keys(SKIP_LINES) as SkipReason[]) {
    const entries = report.skipped.filter((entry) => entry.reason === reason);
    if (entries.length > 0) lines.push(SKIP_LINES[reason](listed(entries.map((entry) => shown(entry.path, cwd) + (entry.folder ? '/' : '')))));
  }
  for (const language of new Set(report.noParser.map((entry) => entry.language))) {
    const count = report.noParser.filter((entry) => entry.language === language).length;
    lines.push(`Skipped ${plural(count, `${language.name} file`)}: ${language.parser?.module} is not installed (${language.parser?.install}).`);
  }
  if (report.configFiles.length > 0) lines.push(`Settings: settings.keepalive from ${listed(report.configFiles.map((file) => shown(file, cwd)))}.`);
  for (const [file, reason] of report.unloadableConfigs) {
    lines.push(`Not read: ${shown(file, cwd)} could not be loaded (${visible(reason)}); it names no keepalive settings.`);
  }
  if (report.maxWarnings !== undefined && report.warnings > report.maxWarnings) {
    lines.push(`Too many warnings: ${report.warnings} (--max-warnings ${report.maxWarnings}).`);
  }
  return lines.join('\n');
}

function shown(path: string, cwd: string): string {
  return visible(relative(cwd, path) || '.');
}

function listed(items: readonly string[]): string {
  if (items.length <= SHOWN) return items.join(', ');
  return `${items.slice(0, SHOWN).join(', ')} and ${items.length - SHOWN} more`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
