import assert from 'node:assert/strict';
import { Linter, type SourceCode } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { hintText, hoverMarkdown, inspectSourceCode, type InspectedClientSite, type InspectedServerSite, type Inspection } from 'eslint-plugin-keepalive/inspect';
import { goFile } from './go-rule-tester';

const FILE = '/project/cmd/server/main.go';

const CODE = goFile(
  ['net/http', 'time'],
  `var client = &http.Client{Timeout: 5 * time.Second}

func main() {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.IdleConnTimeout = 4 * time.Second
	http.Get("http://backend")
	server := &http.Server{
		Handler:      http.DefaultServeMux,
		ReadTimeout:  10 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
	server.ListenAndServe()
}
`,
);

/** Lints Go text with every recommended rule and returns the SourceCode the editor would inspect, and the messages. */
function lintGo(linter: Linter, code: string, settings: Record<string, unknown>): { sourceCode: SourceCode; messages: Linter.LintMessage[] } {
  const config = { files: ['**/*.go'], plugins: { keepalive }, language: 'keepalive/go', settings: { keepalive: settings }, rules: keepalive.configs.recommended.rules };
  const messages = linter.verify(code, [config as Linter.Config], { filename: FILE });
  return { sourceCode: linter.getSourceCode(), messages };
}

function textOf(code: string, range: { start: { offset: number }; end: { offset: number } }): string {
  assert.ok(range.start.offset >= 0 && range.end.offset <= code.length && range.start.offset <= range.end.offset, JSON.stringify(range));
  return code.slice(range.start.offset, range.end.offset);
}

describe('inspect on Go', () => {
  const settings = { frontedBy: ['aws-alb'] };
  let inspection: Inspection;
  let messages: Linter.LintMessage[];

  before(async () => {
    await keepalive.languages.go.ready;
    const linted = lintGo(new Linter({ cwd: '/project' }), CODE, settings);
    messages = linted.messages;
    inspection = inspectSourceCode(linted.sourceCode, { filename: FILE, cwd: '/project', settings: { keepalive: settings } });
  });

  it('finds every site, in order, with ranges inside the text', () => {
    const found = inspection.sites.map((site) => `${site.kind} ${site.label} ${textOf(CODE, site.range).split('\n')[0]}`);
    assert.deepEqual(found, [
      'client http.Client &http.Client{Timeout: 5 * time.Second}',
      'client http.DefaultTransport clone http.DefaultTransport.(*http.Transport).Clone()',
      'client http.Get http.Get("http://backend")',
      'server &http.Server{} &http.Server{',
    ]);
    for (const site of inspection.sites) {
      textOf(CODE, site.constructorRange);
      for (const report of site.timeouts) {
        textOf(CODE, report.at);
        textOf(CODE, report.hoverRange);
      }
    }
  });

  it('reports on the server which setting decides its idle timeout, in the report and the hover', () => {
    const server = inspection.sites.find((site): site is InspectedServerSite => site.kind === 'server')!;
    const report = server.timeouts[0]!;
    assert.equal(report.decidedBy, 'ReadTimeout');
    assert.equal(report.ms, 10000);
    assert.equal(report.verdict, 'too-short');
    assert.equal(report.option, 'IdleTimeout');
    assert.equal(hintText(report), 'idle: 10 s ✗ ≤ aws-alb 60 s');
    assert.match(report.change, /^Set `IdleTimeout` to 65 \* time\.Second \(AWS Application Load Balancer 60 s \+ 5 s\): it is unset, so Go net\/http uses `ReadTimeout` \(10 s\)\.$/);
    assert.match(hoverMarkdown(server.label, report), /The value is `ReadTimeout`'s: `IdleTimeout` is unset\./);
    // The annotation sits on the server, not on ReadTimeout's own value.
    assert.equal(textOf(CODE, report.hoverRange), 'http.Server');
    const read = server.settings.find((setting) => setting.concept === 'requestTimeoutMs')!;
    assert.deepEqual([read.source, read.option, read.value, textOf(CODE, read.valueRange!)], ['explicit', 'ReadTimeout', 10000, '10 * time.Second']);
  });

  it('says in the client hover how narrowly Go retries on a closed reused connection', () => {
    const client = inspection.sites[0] as InspectedClientSite;
    const report = client.timeouts[0]!;
    assert.equal(report.ms, 90000);
    assert.equal(report.verdict, 'too-long');
    const hover = hoverMarkdown(client.label, report);
    assert.match(hover, /GET, HEAD, OPTIONS or TRACE, or an `Idempotency-Key` \/ `X-Idempotency-Key` header/);
    assert.match(hover, /never on a fresh connection\. A POST that was written fails with the error\./);
  });

  it('shows an idle timeout set after a clone where it is assigned', () => {
    const clone = inspection.sites[1] as InspectedClientSite;
    const report = clone.timeouts[0]!;
    assert.deepEqual([report.source, report.ms, report.verdict, textOf(CODE, report.at)], ['explicit', 4000, 'ok', '4 * time.Second']);
  });

  it('shows http.Get on DefaultTransport, which no rule reports', () => {
    const get = inspection.sites[2] as InspectedClientSite;
    assert.equal(get.timeouts[0]!.ms, 90000);
    const lines = messages.map((message) => `${message.line}:${message.ruleId}`);
    assert.deepEqual(lines, ['8:keepalive/require-idle-timeout-below-server', '14:keepalive/require-server-idle-above-balancer']);
  });

  it('still answers for a file whose tree was deleted after its lint (the sites hold no tree-sitter node)', () => {
    const linter = new Linter({ cwd: '/project' });
    const first = lintGo(linter, CODE, settings).sourceCode;
    lintGo(linter, goFile(['fmt'], 'func a() { fmt.Println() }\n'), settings);
    lintGo(linter, goFile(['fmt'], 'func b() { fmt.Println() }\n'), settings);
    assert.throws(() => (first as unknown as { ast: unknown }).ast, /deleted to free memory/);
    const again = inspectSourceCode(first, { filename: FILE, cwd: '/project', settings: { keepalive: settings } });
    assert.deepEqual(
      again.sites.map((site) => site.label),
      inspection.sites.map((site) => site.label),
    );
  });
});
