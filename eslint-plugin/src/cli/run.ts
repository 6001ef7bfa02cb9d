import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, parse, relative, resolve, sep } from 'node:path';
import { Linter, type ESLint } from 'eslint';
import plugin from '../index';
import { parseCliArgs, UsageError, type CliOptions } from './args';
import { visible, visibleResults } from './control-characters';
import { EXIT, exitCodeFor } from './exit-code';
import { FileLinter } from './file-linter';
import { selectFiles, type UnmatchedPath } from './file-selection';
import { JSON_FORMATS, loadFormat } from './formatters';
import { HELP } from './help';
import { buildInventory } from './inventory';
import { inventoryText } from './inventory-text';
import { serverTable } from './list-servers';
import { ownLanguagesReady } from './own-languages';
import { ParserLoader } from './parsers';
import { ProjectSettings } from './project-settings';
import { commandLineSettings, SettingsMerger } from './settings-sources';
import { LINTED_EXTENSIONS, sourceKindOf, type SourceLanguage } from './source-kinds';
import { summaryText } from './summary';
import { DEFAULT_TEST_FILES, testFileMatcher } from './test-files';

export interface CliHost {
  readonly cwd: string;
  /** Folders to load optional packages from (parsers, the SARIF formatter) before this plugin's own. */
  readonly resolveFrom: readonly string[];
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** `keepalive-lint [paths…] [options]`; resolves to the exit code. Never throws: every error is a message. */
export async function runCli(argv: readonly string[], host: CliHost): Promise<number> {
  try {
    return await scan(argv, host);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    host.stderr(`${message.split('\n').map((line) => `keepalive-lint: ${visible(line)}`).join('\n')}\n`);
    return EXIT.usage;
  }
}

/** The `keepalive-lint` command itself, for the package's bin: this process's arguments, streams and exit code. */
export async function runFromCommandLine(resolveFrom: readonly string[] = []): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    resolveFrom,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

async function scan(argv: readonly string[], host: CliHost): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) return print(host, HELP);
  if (options.version) return print(host, plugin.meta.version);
  if (options.listServers) return print(host, serverTable());
  if (options.inventory) return inventory(options, host);
  const commandLine = commandLineSettings(options, host.cwd);
  for (const path of options.paths) {
    if (!existsSync(resolve(host.cwd, path))) throw new UsageError(`No such file or folder: ${path}`);
  }
  // Globs, ESLint's `files` patterns and test-file globs are relative to a folder that holds every path: the
  // working folder, unless a path lies outside it.
  const base = commonAncestor([host.cwd, ...options.paths.map((path) => resolve(host.cwd, path))]);
  const format = await loadFormat(options.format, plugin, base);

  const selection = selectFiles(options.paths, {
    cwd: host.cwd,
    patternBase: base,
    ignorePatterns: options.ignorePatterns,
    defaultIgnores: options.defaultIgnores,
    gitignore: options.gitignore,
  });
  if (selection.unmatched.length > 0) throw new UsageError(selection.unmatched.map((path) => unmatchedMessage(path, host.cwd)).join('\n'));

  const projectSettings = options.projectConfig ? new ProjectSettings(base) : undefined;
  const settings = new SettingsMerger(commandLine);
  const isTestFile = testFileMatcher(options.testFiles ?? DEFAULT_TEST_FILES, base);
  const preset = options.strict ? plugin.configs.strict : plugin.configs.recommended;
  const linter = new FileLinter(new Linter({ cwd: base }), preset, new ParserLoader(host.resolveFrom));

  await ownLanguagesReady(selection.files);

  const results: ESLint.LintResult[] = [];
  const unparsable: { file: string; error: Linter.LintMessage }[] = [];
  const noParser: { file: string; language: SourceLanguage }[] = [];
  const configFiles = new Set<string>();
  for (const file of [...selection.files].sort()) {
    const kind = sourceKindOf(file)!;
    const project = projectSettings ? await projectSettings.forFile(file) : undefined;
    if (project?.configFile && project.keepalive !== undefined) configFiles.add(project.configFile);
    const linted = linter.lint({ file, kind, settings: settings.forFile(project?.keepalive), testFile: isTestFile(file) });
    if (linted.status === 'no-parser') {
      noParser.push({ file, language: kind.language });
      continue;
    }
    if (linted.status === 'unparsable') unparsable.push({ file, error: linted.error });
    results.push(options.quiet ? errorsOnly(linted.result) : linted.result);
  }

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const outcome = { errors, warnings, maxWarnings: options.maxWarnings };
  const maxWarningsExceeded = options.maxWarnings !== undefined && warnings > options.maxWarnings ? { maxWarnings: options.maxWarnings, foundWarnings: warnings } : undefined;
  const report = await format(visibleResults(results, JSON_FORMATS.has(options.format)), maxWarningsExceeded ? { maxWarningsExceeded } : {});
  const summary = summaryText(
    {
      scanned: results.length,
      errors,
      warnings,
      filesWithFindings: results.filter((result) => result.messages.length > 0 && result.fatalErrorCount === 0).length,
      unparsable,
      skipped: selection.skipped,
      noParser,
      configFiles: [...configFiles],
      unloadableConfigs: projectSettings?.unloadable ?? new Map(),
      maxWarnings: options.maxWarnings,
    },
    host.cwd,
  );

  const stylish = options.format === 'stylish';
  const output = stylish ? `${report.trim() ? `${report.trimEnd()}\n\n` : ''}${summary}\n` : ensureNewline(report);
  if (options.outputFile) {
    const path = resolve(host.cwd, options.outputFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, output);
  } else {
    host.stdout(output);
  }
  // The summary stays in sight in a CI log when the report goes to a file or is meant for a machine.
  if (!stylish || options.outputFile) host.stderr(`${summary}\n`);
  return exitCodeFor(outcome);
}

/** `--inventory`: the table (or `--format json`); exit 1 when a pair races, as findings do. */
async function inventory(options: CliOptions, host: CliHost): Promise<number> {
  if (options.format !== 'stylish' && options.format !== 'json') throw new UsageError('--inventory prints a table, or JSON with --format json.');
  const built = await buildInventory(options, host.cwd, host.resolveFrom);
  const text = options.format === 'json' ? JSON.stringify(built, null, 2) : inventoryText(built);
  if (options.outputFile) {
    const path = resolve(host.cwd, options.outputFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${text}\n`);
  } else host.stdout(`${text}\n`);
  return built.pairs.length > 0 ? EXIT.findings : EXIT.clean;
}

function errorsOnly(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

function unmatchedMessage({ path, skipped }: UnmatchedPath, cwd: string): string {
  const lintable = LINTED_EXTENSIONS.map((extension) => `.${extension}`).join(' ');
  if (skipped.length === 0) return `${path} matches no file to lint (${lintable}).`;
  const shown = skipped.slice(0, 3).map((entry) => `${relative(cwd, entry.path) || '.'}${entry.folder ? '/' : ''} (${entry.reason === 'default' ? 'skipped by default' : `by ${entry.reason === 'gitignore' ? '.gitignore' : entry.reason === 'ignore-pattern' ? '--ignore-pattern' : 'unreadable'}`})`);
  const more = skipped.length > 3 ? ` and ${skipped.length - 3} more` : '';
  return `${path} matches no file to lint: everything in it is skipped: ${shown.join(', ')}${more}. See --no-default-ignores, --no-gitignore.`;
}

function print(host: CliHost, text: string): number {
  host.stdout(`${text}\n`);
  return EXIT.clean;
}

function ensureNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

function commonAncestor(paths: readonly string[]): string {
  let ancestor = paths[0]!;
  for (const path of paths) {
    while (path !== ancestor && !path.startsWith(ancestor.endsWith(sep) ? ancestor : ancestor + sep)) {
      if (ancestor === parse(ancestor).root) return ancestor;
      ancestor = dirname(ancestor);
    }
  }
  return ancestor;
}
