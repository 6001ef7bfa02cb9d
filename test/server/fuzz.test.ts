import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  InlayHintRequest,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { diagnosticKey, freshFindings } from './fresh-lint';
import { FuzzDocument, randomChange, seededRandom, type Random } from './fuzz-input';
import { LspSession } from './lsp-session';
import { codeActionProblems, diagnosticProblems, hoverProblems, inlayHintProblems } from './protocol-shapes';
import { AGENT_WITHOUT_TIMEOUT_TS, SERVERS_JS, THREE_AGENTS_JS } from './samples';
import { Workspace } from './workspace';

const EDITS = 1000;
const CHECK_EVERY = 100;
/** Turns a hang into a failure that says what it waited for (the server never published that version). */
const PUBLISH_GUARD_MS = 30_000;

const JSX_VIEW = `import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, timeout: 6000 });
export const Status = () => <span title="pool">{String(agent.maxSockets)}</span>;
`;

const DOCUMENTS = [
  { name: 'pools.js', languageId: 'javascript', text: THREE_AGENTS_JS },
  { name: 'servers.js', languageId: 'javascript', text: SERVERS_JS },
  { name: 'agent.ts', languageId: 'typescript', text: AGENT_WITHOUT_TIMEOUT_TS },
  { name: 'status.jsx', languageId: 'javascriptreact', text: JSX_VIEW },
];

/** The editor settings (`keepalive.*`) of the session; the fresh lint uses the same. */
// nginx, an NLB on the way and a balancer that ends old connections, so idle timeouts, undici's keep-alive caps and
// connection lifetimes are all annotated.
const SETTINGS = {
  servers: ['nginx', 'aws-nlb', { name: 'billing-lb', idleTimeoutMs: 120_000, kind: 'l4', maxConnectionAgeMs: 600_000 }],
  frontedBy: ['aws-alb'],
};

/** Log lines that mean the server failed at something (parse errors and skipped files are expected). */
const FAILURE_LOG = /^(Unexpected (error|rejection)|Linting .* failed|Rule .* failed|Inlay hints and hovers unavailable|Could not lint)/;

describe('language server: fuzzed edits and requests', () => {
  const seed = Number(process.env['KEEPALIVE_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
  let workspace: Workspace;
  let session: LspSession;

  before(async () => {
    workspace = new Workspace({ 'package.json': '{ "private": true }' });
    session = await LspSession.start({ workspace: workspace.path, trusted: false, settings: SETTINGS });
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  it(`stays up through ${EDITS} random edits with requests in between, answers well-formed, and agrees with a fresh lint`, async function () {
    this.timeout(180_000);
    try {
      await new Fuzz(session, seededRandom(seed)).run(DOCUMENTS.map((d) => new FuzzDocument(workspace.uri(d.name), d.languageId, d.text)));
    } catch (error) {
      if (error instanceof Error) error.message = `${error.message}\n(fuzz seed ${seed}: rerun with KEEPALIVE_FUZZ_SEED=${seed})`;
      throw error;
    }
  });
});

class Fuzz {
  private readonly problems: string[] = [];
  private readonly pending: Array<Promise<void>> = [];
  /** Texts of the versions a still unanswered code action was asked for, to check its edits against. */
  private readonly texts = new Map<string, string>();
  private findingsCompared = 0;

  constructor(
    private readonly session: LspSession,
    private readonly random: Random,
  ) {}

  async run(documents: FuzzDocument[]): Promise<void> {
    const originals = documents.map((document) => document.text);
    for (const document of documents) await this.session.open(document.uri, document.languageId, document.text);
    for (let step = 1; step <= EDITS; step++) {
      const document = this.random.pick(documents);
      const changes = Array.from({ length: this.random.chance(0.1) ? 2 + this.random.below(2) : 1 }, () => document.apply(randomChange(this.random, document.text)));
      await this.send(document, changes);
      if (this.random.chance(0.35)) await this.request(document);
      if (step % CHECK_EVERY === 0) {
        await this.settle();
        // Undo, as an editor does, until the text is valid code again; then the findings must be a fresh lint's.
        for (const candidate of documents) {
          while (this.parses(candidate) === null) await this.undo(candidate);
          await this.compareWithFreshLint(candidate);
        }
      }
    }
    await this.settle();
    for (const document of documents) while (document.pendingUndos > 0) await this.undo(document);
    assert.deepEqual(documents.map((document) => document.text), originals, 'undo restores every text');
    for (const document of documents) await this.compareWithFreshLint(document);
    assert.ok(this.findingsCompared > 0, 'the comparisons covered findings, not only empty lists');
    this.checkServerHealth();
  }

  /** Undoes the latest one to four changes still applied (the inverse changes, newest first), in one notification. */
  private async undo(document: FuzzDocument): Promise<void> {
    const changes: TextDocumentContentChangeEvent[] = [];
    for (let steps = 1 + this.random.below(4); steps > 0 && document.pendingUndos > 0; steps--) changes.push(document.undoStep()!);
    assert.ok(changes.length > 0, `${document.uri}: nothing left to undo, and the original text does not parse`);
    await this.send(document, changes);
  }

  /** The fresh lint's findings, or null while the text does not parse. */
  private parses(document: FuzzDocument): string[] | null {
    return freshFindings(document.text, { filename: fileURLToPath(document.uri), jsx: document.languageId === 'javascriptreact', keepalive: SETTINGS }, (offset) => document.positionAt(offset));
  }

  private async send(document: FuzzDocument, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    document.version++;
    this.session.versions.set(document.uri, document.version);
    await this.session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: document.uri, version: document.version }, contentChanges });
  }

  /** A code action, inlay hint or hover request: half answered before the next edit, half while edits go on. */
  private async request(document: FuzzDocument): Promise<void> {
    const now = this.random.chance(0.5);
    const lines = now ? document.lines() : undefined;
    const where = `${document.uri.split('/').pop()} v${document.version}`;
    const kind = this.random.pick(['codeAction', 'inlayHint', 'hover'] as const);
    let answer: Promise<string[]>;
    if (kind === 'codeAction') {
      this.texts.set(`${document.uri}@${document.version}`, document.text);
      const published = this.session.published.get(document.uri)?.at(-1)?.diagnostics ?? [];
      const only = this.random.chance(0.2) ? [this.random.pick(['quickfix', 'source.fixAll', 'refactor'])] : undefined;
      answer = this.session.connection
        .sendRequest(CodeActionRequest.type, { textDocument: { uri: document.uri }, range: this.randomRange(document), context: { diagnostics: published, ...(only ? { only } : {}) } })
        .then((actions) => {
          if (actions !== null && !Array.isArray(actions)) return [`code actions ${where}: not an array`];
          const linesOf = (uri: string, version: number) => this.texts.get(`${uri}@${version}`)?.split(/\r\n|\r|\n/);
          return (actions ?? []).flatMap((action, index) => codeActionProblems(action as CodeAction, `code action ${where} [${index}]`, linesOf));
        });
    } else if (kind === 'inlayHint') {
      answer = this.session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: document.uri }, range: this.randomRange(document) }).then((hints) => {
        if (hints !== null && !Array.isArray(hints)) return [`inlay hints ${where}: not an array`];
        return (hints ?? []).flatMap((hint, index) => inlayHintProblems(hint, `inlay hint ${where} [${index}]`, lines));
      });
    } else {
      answer = this.session.connection
        .sendRequest(HoverRequest.type, { textDocument: { uri: document.uri }, position: this.randomPosition(document) })
        .then((hover) => hoverProblems(hover, `hover ${where}`, lines));
    }
    const recorded = answer.then(
      (problems) => void this.problems.push(...problems),
      (error: unknown) => void this.problems.push(`${kind} ${where} failed: ${String(error)}`),
    );
    if (now) await recorded;
    else this.pending.push(recorded);
  }

  /** Waits for every unanswered request and fails on any malformed answer so far. */
  private async settle(): Promise<void> {
    await Promise.all(this.pending.splice(0));
    this.texts.clear();
    assert.deepEqual(this.problems.slice(0, 20), [], `${this.problems.length} malformed answers`);
  }

  /** The diagnostics of the current version equal a fresh lint of the same text, which parses. */
  private async compareWithFreshLint(document: FuzzDocument): Promise<void> {
    const where = `${document.uri.split('/').pop()} v${document.version}`;
    const expected = this.parses(document);
    assert.ok(expected !== null, `${where} should parse`);
    const published = await guarded(this.session.currentDiagnostics(document.uri), `diagnostics of ${where}`);
    const lines = document.lines();
    assert.deepEqual(published.flatMap((diagnostic, index) => diagnosticProblems(diagnostic, `diagnostic ${index} of ${where}`, lines)), []);
    assert.deepEqual(published.map((diagnostic: Diagnostic) => diagnosticKey(diagnostic)).sort(), expected, where);
    this.findingsCompared += expected.length;
  }

  private checkServerHealth(): void {
    assert.ok(this.session.alive, `the server exited: ${this.session.errorOutput}`);
    assert.deepEqual(this.session.logs.filter((line) => FAILURE_LOG.test(line)), []);
    assert.doesNotMatch(this.session.errorOutput, /Error|\n\s+at /);
    for (const [uri, publishes] of this.session.published) {
      for (const publish of publishes) {
        assert.equal(typeof publish.version, 'number', `${uri}: a publish without a version`);
        const malformed = publish.diagnostics.flatMap((diagnostic, index) => diagnosticProblems(diagnostic, `${uri} v${publish.version} [${index}]`));
        assert.deepEqual(malformed, []);
      }
    }
  }

  /** A position in the text; now and then one past its end, as a client with a stale view may send. */
  private randomPosition(document: FuzzDocument): Position {
    const lines = document.lines();
    if (this.random.chance(0.05)) return this.random.chance(0.5) ? { line: lines.length + 3, character: 0 } : { line: 0, character: 100_000 };
    const line = this.random.below(lines.length);
    return { line, character: this.random.below(lines[line]!.length + 1) };
  }

  private randomRange(document: FuzzDocument): Range {
    if (this.random.chance(0.3)) return { start: { line: 0, character: 0 }, end: { line: document.lines().length, character: 0 } };
    const [a, b] = [this.randomPosition(document), this.randomPosition(document)];
    return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
  }
}

function guarded<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${PUBLISH_GUARD_MS / 1000} s`)), PUBLISH_GUARD_MS);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}
