import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';

/**
 * A Go slice of `npm run sweep`: the same checks on Go's own net/http (its tests build transports, clients and
 * servers of every kind), from Debian's golang-1.19-src (bench/sweep/install-corpus.sh installs it).
 */
const repoRoot = join(__dirname, '..', '..', '..');
const NET_HTTP = '/usr/share/go-1.19/src/net/http';

interface SweepModules {
  corpus: { listSourceFiles(root: string, extensions: RegExp): string[]; GO_FILE: RegExp };
  checkFile: {
    checkFile(linter: Linter, configOf: (language: string) => unknown, file: string, text: string): {
      language: string | null;
      parseError?: string;
      crash?: { ruleId: string | null; message: string };
      findings: readonly unknown[];
      suggestions: number;
      problems: readonly { ruleId: string; line: number; problem: string }[];
    };
    sweepConfigs(): (language: string) => unknown;
  };
  inspection: { inspectionCheck(linter: Linter, file: string, text: string, config: unknown): { problems: { problem: string }[]; reports: number } };
}

function loadSweep(): SweepModules {
  const load = (path: string) => require(join(repoRoot, 'bench', path)) as unknown;
  return {
    corpus: load('lint/corpus.js') as SweepModules['corpus'],
    checkFile: load('sweep/check-file.js') as SweepModules['checkFile'],
    inspection: load('sweep/inspect-check.js') as SweepModules['inspection'],
  };
}

describe("robustness sweep, a Go slice (Go's own net/http)", function () {
  this.timeout(120_000);
  const failures: string[] = [];
  let files = 0;
  let findings = 0;
  let suggestions = 0;
  let reports = 0;

  before(async function () {
    if (!existsSync(NET_HTTP)) this.skip(); // not installed: bash bench/sweep/install-corpus.sh
    await keepalive.languages.go.ready;
    const { corpus, checkFile, inspection } = loadSweep();
    const configOf = checkFile.sweepConfigs();
    const linter = new Linter({ cwd: '/' });
    for (const file of corpus.listSourceFiles(NET_HTTP, corpus.GO_FILE)) {
      files++;
      const text = readFileSync(file, 'utf8');
      const result = checkFile.checkFile(linter, configOf, file, text);
      if (result.crash) failures.push(`crash in ${result.crash.ruleId}: ${file}: ${result.crash.message}`);
      if (result.parseError) failures.push(`does not parse: ${file}: ${result.parseError}`);
      for (const problem of result.problems) failures.push(`suggestion of ${problem.ruleId} at ${file}:${problem.line}: ${problem.problem}`);
      if (result.language) {
        const inspected = inspection.inspectionCheck(linter, file, text, configOf(result.language));
        failures.push(...inspected.problems.map(({ problem }) => `${file}: ${problem}`));
        reports += inspected.reports;
      }
      findings += result.findings.length;
      suggestions += result.suggestions;
    }
  });

  it('lints every file: no rule throws, every suggestion re-lints clean, every inspected range lies inside the text', () => {
    assert.ok(files >= 80, `only ${files} files`);
    assert.deepEqual(failures, []);
  });

  it('sees enough to mean something', () => {
    assert.ok(findings >= 20 && suggestions >= 20 && reports >= 50, `${findings} findings, ${suggestions} suggestions, ${reports} reports`);
  });
});
