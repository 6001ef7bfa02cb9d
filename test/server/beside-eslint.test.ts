import { strict as assert } from 'node:assert';
import {
  CodeActionRequest,
  HoverRequest,
  InlayHintRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type * as Protocol from '../../extension/src/shared/protocol';
import { extensionModule } from './extension-module';
import { LspSession } from './lsp-session';
import { THREE_AGENTS_JS } from './samples';
import { projectWith, type Workspace } from './workspace';

const { ESLINT_CHANGED_NOTIFICATION } = extensionModule<typeof Protocol>('shared/protocol');

/** The project lints with the plugin's recommended rules, as a project that set up eslint-plugin-keepalive does. */
const RECOMMENDED_CONFIG = `import keepalive from 'eslint-plugin-keepalive';

export default [keepalive.configs.recommended];
`;

/** A part of the project that names its servers for the editor but turns on no keepalive rule. */
const SETTINGS_ONLY_CONFIG = `export default [{ settings: { keepalive: { servers: ['nginx'] } } }];
`;

const ESLINT_LINTS: Protocol.EslintCoverage = { lints: true, reason: '`eslint.probe` lists javascript' };
const ESLINT_DISABLED: Protocol.EslintCoverage = { lints: false, reason: '`eslint.enable` is off for this file' };

const LINES = THREE_AGENTS_JS.split('\n');

describe('language server beside the ESLint extension (keepalive.diagnostics)', () => {
  let project: Workspace;
  const sessions: LspSession[] = [];
  /** What the client was asked, in order. */
  const asked: Protocol.EslintCoverageParams[] = [];

  before(() => {
    project = projectWith(
      { 'eslint.config.mjs': RECOMMENDED_CONFIG, 'package.json': '{ "private": true, "type": "module" }', 'quiet/eslint.config.mjs': SETTINGS_ONLY_CONFIG },
      ['eslint-plugin-keepalive'],
    );
  });
  after(async () => {
    for (const session of sessions) await session.stop();
    project?.remove();
  });

  async function start(options: { trusted: boolean; eslint?: Protocol.EslintCoverage; settings?: Record<string, unknown> }): Promise<LspSession> {
    const answer = options.eslint;
    const session = await LspSession.start({
      workspace: project.path,
      trusted: options.trusted,
      settings: options.settings ?? {},
      ...(answer ? { eslint: (params: Protocol.EslintCoverageParams) => (asked.push(params), answer) } : {}),
    });
    sessions.push(session);
    return session;
  }

  /** The diagnostics of the first publish for `uri` after the first `after` ones. */
  function publishedAfter(session: LspSession, uri: string, after: number): Promise<Diagnostic[]> {
    return session.diagnostics(uri, (params: PublishDiagnosticsParams) => session.published.get(uri)!.indexOf(params) >= after);
  }

  /** The last thing the server said about who reports `uri`, once it matches `reporter`. */
  function reportedBy(session: LspSession, uri: string, reporter: Protocol.Reporter): Promise<Protocol.ReportingParams> {
    return session.until(() => {
      const last = session.reporting.get(uri)?.at(-1);
      return last?.reporter === reporter ? last : undefined;
    });
  }

  async function hintLabels(session: LspSession, uri: string): Promise<string[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } };
    const hints = (await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
    return hints.map((hint) => String(hint.label));
  }

  async function hoverOnConstructor(session: LspSession, uri: string): Promise<string> {
    const position = { line: 2, character: LINES[2]!.indexOf('http.Agent') + 1 };
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
  }

  async function quickFixes(session: LspSession, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const result = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    return (result ?? []) as CodeAction[];
  }

  async function changeMode(session: LspSession, diagnostics: string): Promise<void> {
    await session.changeSettings({ ...session.settings, diagnostics });
  }

  describe('trusted workspace, the ESLint extension lints JavaScript', () => {
    let session: LspSession;
    let uri: string;
    let ours: Diagnostic[];

    before(async () => {
      session = await start({ trusted: true, eslint: ESLINT_LINTS });
      uri = project.uri('pools.js');
      await session.open(uri, 'javascript', THREE_AGENTS_JS);
    });

    it('auto: asks the client about the document, leaves the findings to ESLint, and says so', async () => {
      const status = await reportedBy(session, uri, 'eslint');
      assert.deepEqual(await session.currentDiagnostics(uri), []);
      assert.deepEqual(asked.at(-1), { uri, languageId: 'javascript' });
      assert.match(status.why, /^The ESLint extension lints this file and the project's ESLint config turns on keepalive\/\S+, keepalive\/\S+, keepalive\/\S+ and \d+ more: the findings and their quick fixes come from ESLint\./);
      assert.match(status.change, /`"always"`/);
    });

    it('auto: inlay hints and hovers stay on', async () => {
      assert.deepEqual(await hintLabels(session, uri), ['30 s ✗ ≥ node 5 s', 'idle: never closed ✗ node 5 s', '90 s ✗ ≥ node 5 s']);
      assert.match(await hoverOnConstructor(session, uri), /idle timeout: \*\*never closed\*\*/);
    });

    it('always: publishes the findings too, with quick fixes, and says each shows twice', async () => {
      const published = session.published.get(uri)!.length;
      await changeMode(session, 'always');
      ours = await publishedAfter(session, uri, published);
      assert.deepEqual(ours.map((d) => [d.code, d.range.start.line]), [
        ['keepalive/require-idle-timeout-below-server', 1],
        ['keepalive/require-idle-timeout', 2],
        ['keepalive/require-idle-timeout-below-server', 3],
      ]);
      const status = await reportedBy(session, uri, 'keepalive');
      assert.match(status.why, /The ESLint extension reports the same rules for this file, so each finding shows twice\./);
      assert.equal((await quickFixes(session, uri, ours[1]!)).length, 3);
    });

    it('back to auto: the diagnostics go, and so do their quick fixes', async () => {
      const published = session.published.get(uri)!.length;
      await changeMode(session, 'auto');
      assert.deepEqual(await publishedAfter(session, uri, published), []);
      await reportedBy(session, uri, 'eslint');
      assert.deepEqual(await quickFixes(session, uri, ours[1]!), []);
    });

    it('the ESLint extension stops linting the file: once the client says so, the findings come back here', async () => {
      session.eslint = () => ESLINT_DISABLED;
      const published = session.published.get(uri)!.length;
      await session.connection.sendNotification(ESLINT_CHANGED_NOTIFICATION);
      assert.equal((await publishedAfter(session, uri, published)).length, 3);
      const status = await reportedBy(session, uri, 'keepalive');
      assert.equal(status.why, 'Keep-Alive reports the findings: `eslint.enable` is off for this file.');
      session.eslint = () => ESLINT_LINTS;
    });

    it('auto: a file whose project config turns on no keepalive rule is reported here, ESLint linting or not', async () => {
      await session.connection.sendNotification(ESLINT_CHANGED_NOTIFICATION);
      await reportedBy(session, uri, 'eslint');
      const quiet = project.uri('quiet/pools.js');
      await session.open(quiet, 'javascript', THREE_AGENTS_JS);
      const diagnostics = await session.currentDiagnostics(quiet);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [
        ['keepalive/require-idle-timeout', 2],
        ['keepalive/require-idle-timeout-below-server', 3],
      ]);
      assert.match(JSON.stringify(diagnostics[1]!.message), /nginx/, 'compared with the servers of its own config');
      const status = await reportedBy(session, quiet, 'keepalive');
      assert.match(status.why, /the ESLint extension lints this file, but the project's ESLint config turns on no keepalive rule for it\.$/);
    });

    it('never: nothing is published anywhere, and hints and hovers stay on', async () => {
      const quiet = project.uri('quiet/pools.js');
      const published = session.published.get(quiet)!.length;
      await changeMode(session, 'never');
      assert.deepEqual(await publishedAfter(session, quiet, published), []);
      for (const each of [uri, quiet]) {
        const status = await reportedBy(session, each, 'off');
        assert.match(status.why, /^`keepalive\.diagnostics` is `"never"`: Keep-Alive publishes no diagnostics\. Inlay hints and hovers stay on\.$/);
        // Answered after any publish of the lint that decided it, so the last publish is the one that counts.
        assert.equal((await hintLabels(session, each)).length, 3);
        assert.deepEqual(session.published.get(each)!.at(-1)!.diagnostics, []);
      }
      assert.match(await hoverOnConstructor(session, quiet), /nginx/);
    });

    it('does not publish the same diagnostics again when a change leaves them as they were', async () => {
      const before = session.published.get(uri)!.length;
      await session.connection.sendNotification(ESLINT_CHANGED_NOTIFICATION);
      await changeMode(session, 'never');
      // Both made the server lint the document again; the hint request is answered after that lint.
      await hintLabels(session, uri);
      assert.equal(session.published.get(uri)!.length, before);
    });

    it('a value it does not know is a warning, and counts as auto', async () => {
      await changeMode(session, 'sometimes');
      await reportedBy(session, uri, 'eslint');
      await session.until(() => session.notifications.find((n) => n.message.includes('keepalive.diagnostics must be')));
      const warning = session.notifications.find((n) => n.message.includes('keepalive.diagnostics must be'))!;
      assert.equal(warning.message, 'Keep-Alive: keepalive.diagnostics must be one of "auto", "always", "never", got "sometimes"; using "auto".');
    });
  });

  it('untrusted workspace: auto reports the findings itself, since the project config is not run', async () => {
    // The ESLint extension would not run here either; even a client that said it does cannot make the findings go.
    const session = await start({ trusted: false, eslint: ESLINT_LINTS });
    const uri = project.uri('pools.js');
    await session.open(uri, 'javascript', THREE_AGENTS_JS);
    assert.equal((await session.currentDiagnostics(uri)).length, 3);
    const status = await reportedBy(session, uri, 'keepalive');
    assert.match(status.why, /the ESLint extension lints this file, but the project's ESLint config is not read in an untrusted workspace\.$/);
  });

  it('a client that cannot say whether the ESLint extension lints (another editor): reports the findings itself', async () => {
    const session = await start({ trusted: true });
    const uri = project.uri('pools.js');
    await session.open(uri, 'javascript', THREE_AGENTS_JS);
    assert.equal((await session.currentDiagnostics(uri)).length, 3);
    const status = await reportedBy(session, uri, 'keepalive');
    assert.match(status.why, /this editor does not say whether the ESLint extension lints the file\.$/);
  });
});
