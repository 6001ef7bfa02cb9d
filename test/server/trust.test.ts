import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeWatchedFilesNotification, DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-session';
import { THREE_AGENTS_JS } from './samples';
import { projectWith, type Workspace } from './workspace';

/** A project whose ESLint config says its clients talk to nginx and wants missing timeouts as warnings only. */
const PROJECT_CONFIG = `import keepalive from 'eslint-plugin-keepalive';

export default [
  keepalive.configs.recommended,
  { settings: { keepalive: { servers: ['nginx'] } }, rules: { 'keepalive/require-idle-timeout': 'warn' } },
];
`;

/** The same config written in TypeScript, loaded by ESLint with jiti. */
const TYPESCRIPT_PROJECT_CONFIG = `import keepalive from 'eslint-plugin-keepalive';
import type { Linter } from 'eslint';

const servers: string[] = ['nginx'];

export default [
  keepalive.configs.recommended,
  { settings: { keepalive: { servers } }, rules: { 'keepalive/require-idle-timeout': 'warn' } },
] satisfies Linter.Config[];
`;

function summary(diagnostics: Diagnostic[]): Array<[unknown, number, DiagnosticSeverity | undefined, boolean]> {
  return diagnostics.map((d) => [d.code, d.range.start.line, d.severity, JSON.stringify(d.message).includes('nginx')]);
}

describe('language server: workspace trust and the project ESLint config', () => {
  let workspace: Workspace;
  const sessions: LspSession[] = [];

  const projects: Workspace[] = [];

  before(() => {
    // The project has the plugin installed, as it would after `npm install`.
    workspace = projectWith(
      {
        'eslint.config.mjs': PROJECT_CONFIG,
        'package.json': '{ "private": true, "type": "module" }',
        'broken/eslint.config.mjs': 'export default [{ settings: { keepalive: ',
      },
      ['eslint-plugin-keepalive'],
    );
  });
  after(async () => {
    for (const session of sessions) await session.stop();
    workspace?.remove();
    for (const project of projects) project.remove();
  });

  async function start(trusted: boolean, folder = workspace): Promise<LspSession> {
    // The editor's own setting, which the project's config overrides when it may be read.
    const session = await LspSession.start({ workspace: folder.path, trusted, settings: { servers: ['aws-alb'] } });
    sessions.push(session);
    return session;
  }

  it('in an untrusted workspace ignores the project config and uses the editor settings', async () => {
    const session = await start(false);
    const uri = workspace.uri('pools.js');
    await session.open(uri, 'javascript', THREE_AGENTS_JS);
    assert.deepEqual(summary(await session.currentDiagnostics(uri)), [
      ['keepalive/require-idle-timeout', 2, DiagnosticSeverity.Error, false],
      ['keepalive/require-idle-timeout-below-server', 3, DiagnosticSeverity.Error, false],
    ]);
    assert.ok(session.logs.some((line) => line.includes('untrusted workspace: project ESLint configs are not loaded')));
  });

  it('in a trusted workspace takes settings.keepalive and the rule levels from the project config', async () => {
    const session = await start(true);
    const uri = workspace.uri('pools.js');
    await session.open(uri, 'javascript', THREE_AGENTS_JS);
    assert.deepEqual(summary(await session.currentDiagnostics(uri)), [
      ['keepalive/require-idle-timeout', 2, DiagnosticSeverity.Warning, true],
      ['keepalive/require-idle-timeout-below-server', 3, DiagnosticSeverity.Error, true],
    ]);
  });

  it('reads the project config again when it changes on disk', async () => {
    const session = sessions.at(-1)!;
    const uri = workspace.uri('pools.js');
    const published = session.published.get(uri)!.length;
    const config = join(workspace.path, 'eslint.config.mjs');
    writeFileSync(config, PROJECT_CONFIG.replace("'warn'", "'off'"));
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: workspace.uri('eslint.config.mjs'), type: FileChangeType.Changed }],
    });
    const diagnostics = await session.diagnostics(uri, (params) => session.published.get(uri)!.indexOf(params) >= published);
    assert.deepEqual(summary(diagnostics), [['keepalive/require-idle-timeout-below-server', 3, DiagnosticSeverity.Error, true]]);
  });

  it('says once that a broken project config cannot be loaded, and lints with the editor settings', async () => {
    const session = sessions.at(-1)!;
    const first = workspace.uri('broken/a.js');
    const second = workspace.uri('broken/b.js');
    await session.open(first, 'javascript', THREE_AGENTS_JS);
    await session.open(second, 'javascript', THREE_AGENTS_JS);
    for (const uri of [first, second]) {
      assert.deepEqual(summary(await session.currentDiagnostics(uri)), [
        ['keepalive/require-idle-timeout', 2, DiagnosticSeverity.Error, false],
        ['keepalive/require-idle-timeout-below-server', 3, DiagnosticSeverity.Error, false],
      ]);
    }
    const warnings = session.notifications.filter((n) => n.message.includes('Could not load'));
    assert.equal(warnings.length, 1, JSON.stringify(session.notifications));
    assert.match(warnings[0]!.message, /^Keep-Alive: Could not load \/\S+\/broken\/eslint\.config\.mjs: .+\. Using the keepalive\.\* settings/);
  });

  it('loads an eslint.config.ts with the project\'s own jiti', async () => {
    const project = projectWith({ 'eslint.config.ts': TYPESCRIPT_PROJECT_CONFIG, 'package.json': '{ "private": true, "type": "module" }' }, ['eslint-plugin-keepalive', 'jiti']);
    projects.push(project);
    const session = await start(true, project);
    const uri = project.uri('pools.js');
    await session.open(uri, 'javascript', THREE_AGENTS_JS);
    assert.deepEqual(summary(await session.currentDiagnostics(uri)), [
      ['keepalive/require-idle-timeout', 2, DiagnosticSeverity.Warning, true],
      ['keepalive/require-idle-timeout-below-server', 3, DiagnosticSeverity.Error, true],
    ]);
    assert.deepEqual(session.notifications.filter((n) => n.message.includes('Could not load')), []);
  });

  it('says once that an eslint.config.ts needs jiti when the project has none, and lints with the editor settings', async () => {
    const project = projectWith({ 'eslint.config.ts': TYPESCRIPT_PROJECT_CONFIG, 'package.json': '{ "private": true, "type": "module" }' }, ['eslint-plugin-keepalive']);
    projects.push(project);
    const session = await start(true, project);
    for (const name of ['a.js', 'b.js']) {
      const uri = project.uri(name);
      await session.open(uri, 'javascript', THREE_AGENTS_JS);
      assert.deepEqual(summary(await session.currentDiagnostics(uri)), [
        ['keepalive/require-idle-timeout', 2, DiagnosticSeverity.Error, false],
        ['keepalive/require-idle-timeout-below-server', 3, DiagnosticSeverity.Error, false],
      ]);
    }
    const warnings = session.notifications.filter((n) => n.message.includes('Could not load'));
    assert.equal(warnings.length, 1, JSON.stringify(session.notifications));
    assert.match(warnings[0]!.message, /eslint\.config\.ts: The 'jiti' library is required for loading TypeScript configuration files/);
  });
});
