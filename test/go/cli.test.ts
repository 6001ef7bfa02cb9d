import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli';
import { runInProcess } from '../cli/run-in-process';
import { goFile } from './go-rule-tester';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; fatal?: boolean }[];
}

const SERVER = goFile(
  ['net/http', 'time'],
  'var client = &http.Client{Timeout: 5 * time.Second}\n\nfunc main() {\n\tsrv := &http.Server{ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}\n\tsrv.ListenAndServe()\n}\n',
);
const FIXED = goFile(
  ['net/http', 'time'],
  'func main() {\n\tsrv := &http.Server{ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second, IdleTimeout: 65 * time.Second}\n\tsrv.ListenAndServe()\n}\n',
);

function findings(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((result) => result.messages.map((message) => `${result.filePath.split('/').pop()}:${message.line} ${message.ruleId}`)).sort();
}

describe('keepalive-lint on Go', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'keepalive-go-cli-'));
    writeFileSync(join(folder, 'go.mod'), 'module example.com/command\n\ngo 1.22\n');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('scans .go files with no config, in a fresh process: findings give exit code 1', () => {
    writeFileSync(join(folder, 'main.go'), SERVER);
    const run = runCli(['.', '--fronted-by', 'aws-alb', '--format', 'json'], folder);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(findings(run.stdout), ['main.go:11 keepalive/require-server-idle-above-balancer', 'main.go:8 keepalive/require-idle-timeout-below-server']);
  });

  it('exits 0 once the suggested IdleTimeout is written', async () => {
    writeFileSync(join(folder, 'main.go'), FIXED);
    const run = await runInProcess(['.', '--fronted-by', 'aws-alb'], folder);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 file/);
  });

  it('leaves servers in _test.go files and vendored packages alone', async () => {
    writeFileSync(join(folder, 'server_test.go'), FIXED.replace(', IdleTimeout: 65 * time.Second', ''));
    mkdirSync(join(folder, 'vendor', 'example.com', 'lib'), { recursive: true });
    writeFileSync(join(folder, 'vendor', 'example.com', 'lib', 'lib.go'), SERVER);
    const run = await runInProcess(['.', '--fronted-by', 'aws-alb', '--format', 'json'], folder);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(findings(run.stdout), []);
  });

  it('reports a file where nothing parses as Go, and goes on', async () => {
    writeFileSync(join(folder, 'broken.go'), '}}}} not go at all {{{{\n');
    writeFileSync(join(folder, 'main.go'), SERVER);
    const run = await runInProcess(['.', '--fronted-by', 'aws-alb', '--format', 'json'], folder);
    assert.equal(run.status, 1);
    const results = JSON.parse(run.stdout) as JsonResult[];
    assert.equal(results.find((result) => result.filePath.endsWith('broken.go'))!.messages[0]!.fatal, true);
    assert.equal(results.find((result) => result.filePath.endsWith('main.go'))!.messages.length, 2);
  });
});
