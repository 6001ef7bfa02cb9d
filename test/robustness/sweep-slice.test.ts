import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Linter as LinterType } from 'eslint';
import { Linter } from 'eslint';

/** A slice of `npm run sweep`: the same checks, on the installed HTTP clients and agents. */
const repoRoot = join(__dirname, '..', '..', '..');
const SLICE = [
  'node_modules/typed-rest-client',
  'node_modules/@typespec/ts-http-runtime/dist/esm',
  'node_modules/agentkeepalive',
  'node_modules/hpagent',
  'node_modules/https-proxy-agent',
  'node_modules/http-proxy-agent',
  'node_modules/agent-base',
  'node_modules/node-fetch',
  'node_modules/follow-redirects',
  'node_modules/tunnel',
  'node_modules/tunnel-agent',
  'node_modules/proxy-agent-negotiate',
  'node_modules/axios',
  'node_modules/undici',
  'node_modules/http2-wrapper',
  'node_modules/cacheable-request',
  'node_modules/simple-get',
  // The bundled examples: real findings of every rule, so the suggestion checks see each rule's edits.
  'examples/src',
  'examples/legacy-gateway',
];

interface FileCheck {
  readonly language: string | null;
  readonly parseError?: string;
  readonly crash?: { ruleId: string | null; message: string; frame: string | null };
  readonly findings: readonly LinterType.LintMessage[];
  readonly suggestions: number;
  readonly problems: readonly { ruleId: string; line: number; problem: string }[];
}

interface SweepModules {
  corpus: { listSourceFiles(root: string): string[] };
  checkFile: {
    checkFile(linter: Linter, configOf: (language: string) => unknown, file: string, text: string): FileCheck;
    sweepConfigs(): (language: string) => unknown;
  };
  prefilter: { prefilterMisses(linter: Linter, file: string, text: string, config: unknown): { file: string; sites: number }[] };
  inspection: { inspectionCheck(linter: Linter, file: string, text: string, config: unknown): { problems: { file: string; problem: string }[]; reports: number } };
}

// The sweep is plain CommonJS under bench/ so that it runs without a build step; the slice loads it as it is.
function loadSweep(): SweepModules {
  const load = (path: string) => require(join(repoRoot, 'bench', path)) as unknown;
  return {
    corpus: load('lint/corpus.js') as SweepModules['corpus'],
    checkFile: load('sweep/check-file.js') as SweepModules['checkFile'],
    prefilter: load('sweep/prefilter-check.js') as SweepModules['prefilter'],
    inspection: load('sweep/inspect-check.js') as SweepModules['inspection'],
  };
}

describe('robustness sweep, a slice (npm run sweep does all of node_modules)', function () {
  this.timeout(120_000);
  const failures: string[] = [];
  let files = 0;
  let suggestions = 0;
  let findings = 0;
  let inspectedReports = 0;
  const inspectionProblems: string[] = [];

  before(() => {
    const { corpus, checkFile, prefilter, inspection } = loadSweep();
    const configOf = checkFile.sweepConfigs();
    const linter = new Linter({ cwd: repoRoot });
    for (const folder of SLICE) {
      const root = join(repoRoot, folder);
      assert.ok(existsSync(root), `${folder} is not there (run npm ci)`);
      for (const file of corpus.listSourceFiles(root)) {
        files++;
        const text = readFileSync(file, 'utf8');
        const result = checkFile.checkFile(linter, configOf, file, text);
        const where = file.slice(repoRoot.length + 1);
        if (result.crash) failures.push(`crash in ${result.crash.ruleId}: ${where}: ${result.crash.message} ${result.crash.frame ?? ''}`);
        if (result.parseError) failures.push(`does not parse: ${where}: ${result.parseError}`);
        for (const problem of result.problems) failures.push(`suggestion of ${problem.ruleId} at ${where}:${problem.line}: ${problem.problem}`);
        if (result.language) {
          for (const miss of prefilter.prefilterMisses(linter, file, text, configOf(result.language))) failures.push(`the skip checks passed over ${miss.sites} site(s) in ${where}`);
          const inspected = inspection.inspectionCheck(linter, file, text, configOf(result.language));
          inspectionProblems.push(...inspected.problems.map(({ problem }) => `${where}: ${problem}`));
          inspectedReports += inspected.reports;
        }
        findings += result.findings.length;
        suggestions += result.suggestions;
      }
    }
  });

  it('lints a few hundred files of real HTTP clients and agents', () => {
    assert.ok(files >= 300, `only ${files} files in the slice`);
  });

  it('no rule throws, every file parses, and the checks that skip module tracking hide no site', () => {
    assert.deepEqual(failures.filter((failure) => !failure.startsWith('suggestion')), []);
  });

  it("the editor's inspection of every file builds its timeout reports without throwing, all inside the text", () => {
    assert.ok(inspectedReports >= 10, `only ${inspectedReports} timeout reports: the check saw too little`);
    assert.deepEqual(inspectionProblems, []);
  });

  it('every suggestion parses, removes its finding, and applied twice changes nothing', () => {
    assert.ok(findings >= 10 && suggestions >= 10, `only ${findings} findings and ${suggestions} suggestions: the checks saw too little`);
    assert.deepEqual(failures.filter((failure) => failure.startsWith('suggestion')), []);
  });
});
