import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { runCli } from './run-cli';
import { writeTrialRepository } from './trial-repository';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; severity: number; message: string }[];
  suppressedMessages: { ruleId: string | null }[];
}

interface SarifLog {
  runs: { tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
}

const IDLE = 'keepalive/require-idle-timeout';
const BELOW_SERVER = 'keepalive/require-idle-timeout-below-server';
const BALANCER = 'keepalive/require-server-idle-above-balancer';

/** `path:line:column ruleId` for every message, in file order. */
function findings(results: JsonResult[], root: string): string[] {
  return results.flatMap((result) => result.messages.map((m) => `${relative(root, result.filePath)}:${m.line}:${m.column} ${m.ruleId ?? m.message}`));
}

const SUMMARY = [
  'Scanned 11 files: 7 keep-alive findings (7 errors, 0 warnings) in 7 files; 1 file could not be parsed.',
  'Could not parse src/broken.js (3:1): Parsing error: Unexpected token',
  'Skipped by default: dist/, node_modules/, packages/node_modules/, src/vendor.min.js (--no-default-ignores scans them).',
  'Skipped by .gitignore: generated/, src/scratch.local.js (--no-gitignore scans them).',
  'Settings: settings.keepalive from eslint.config.mjs.',
].join('\n');

describe('keepalive-lint on a throwaway repository, as a new user runs it', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'keepalive-trial-'));
    writeTrialRepository(root);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('prints only keep-alive findings and the parse error, ends with the summary, and exits 1', () => {
    const run = runCli([], root);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    assert.ok(run.stdout.endsWith(`\n\n${SUMMARY}\n`), run.stdout);
    // Other tools' comments say nothing: no unknown-rule errors, no eslint-env error, no core rule turned on inline.
    assert.doesNotMatch(run.stdout, /Definition for rule|eslint-env|no-console|Unexpected console/);
  });

  it('reports exactly the findings of each file, parsed as what it is, with the summary on standard error', () => {
    const run = runCli(['--format', 'json', '--output-file', 'reports/keepalive.json'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `${SUMMARY}\n`);
    const results = JSON.parse(readFileSync(join(root, 'reports', 'keepalive.json'), 'utf8')) as JsonResult[];
    assert.deepEqual(findings(results, root), [
      `src/api.ts:3:34 ${IDLE}`,
      'src/broken.js:3:1 Parsing error: Unexpected token',
      `src/client.js:5:18 ${IDLE}`,
      `src/legacy.js:4:18 ${IDLE}`, // parses only as CommonJS (octal literal, top-level return)
      `src/modern.js:3:22 ${IDLE}`, // parses only as a module (import in a package without "type")
      `src/server.js:2:16 ${BALANCER}`, // frontedBy aws-alb from the project's eslint.config.mjs
      `web/app.js:3:39 ${BELOW_SERVER}`, // "type": "module" package
      `web/old.cjs:2:18 ${IDLE}`,
    ]);
    // The same server in test/ is not checked against the balancer; the disabled finding is suppressed, not lost.
    assert.deepEqual(results.find((r) => r.filePath.endsWith('server.test.js'))?.messages, []);
    assert.deepEqual(results.find((r) => r.filePath.endsWith('disabled.js'))?.suppressedMessages.map((m) => m.ruleId), [IDLE]);
  });

  it('scans source kept under packages/node_modules with --no-default-ignores, still skipping what .gitignore excludes, and writes valid SARIF 2.1.0', () => {
    const run = runCli(['--no-default-ignores', '--format', 'sarif', '-o', 'keepalive.sarif'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /^Scanned 14 files: 9 keep-alive findings \(9 errors, 0 warnings\) in 9 files; 1 file could not be parsed\.$/m);
    assert.match(run.stderr, /^Skipped by \.gitignore: generated\/, node_modules\/, src\/scratch\.local\.js \(--no-gitignore scans them\)\.$/m);
    const sarif = JSON.parse(readFileSync(join(root, 'keepalive.sarif'), 'utf8')) as SarifLog;

    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
    const valid = ajv.validate(schema, sarif);
    assert.ok(valid, ajv.errorsText());

    const [run0] = sarif.runs;
    assert.equal(run0?.tool.driver.name, 'keepalive-lint');
    const located = run0!.results.map((r) => `${relative(root, new URL(r.locations[0]!.physicalLocation.artifactLocation.uri).pathname)}:${r.locations[0]!.physicalLocation.region.startLine} ${r.ruleId}`);
    assert.ok(located.includes(`packages/node_modules/@trial/http/index.js:2 ${IDLE}`), located.join('\n'));
    assert.ok(located.includes(`dist/bundle.js:2 ${IDLE}`));
    assert.ok(!located.some((line) => line.startsWith('node_modules/') || line.startsWith('generated/')));
    for (const rule of run0!.tool.driver.rules) assert.match(rule.helpUri ?? '', /^https:\/\/github\.com\/keepalive-lint\/keepalive-lint\/blob\/main\/eslint-plugin\/docs\/rules\/.+\.md$/);
  });
});
