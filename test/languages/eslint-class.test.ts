import assert from 'node:assert/strict';
import { ESLint, type Linter } from 'eslint';
import {
  GO_WITH_DIRECTIVES,
  GO_WITH_LOCAL_ERROR,
  JAVA_RULE_OFF,
  JAVA_UNICODE,
  JAVA_UNICODE_BUILD_COLUMN,
  JAVA_WITH_DIRECTIVES,
  JAVA_WITH_LOCAL_ERROR,
  JS_WITH_UNUSED_VARIABLE,
  NOT_JAVA,
} from './samples';
import { configText, type ConfigKind, TempProject } from './temp-project';

type Finding = Pick<Linter.LintMessage, 'ruleId' | 'line' | 'column' | 'severity' | 'message'>;

function findings(result: ESLint.LintResult | undefined): Finding[] {
  assert.ok(result, 'no result for the file');
  return result.messages.map(({ ruleId, line, column, severity, message }) => ({ ruleId, line, column, severity, message }));
}

function byFile(results: ESLint.LintResult[], project: TempProject): (name: string) => ESLint.LintResult | undefined {
  return (name) => results.find((result) => result.filePath === project.path(name));
}

for (const kind of ['mjs', 'cjs'] as ConfigKind[]) {
  describe(`Java and Go through the ESLint class, eslint.config.${kind}`, () => {
    let project: TempProject;
    let results: ESLint.LintResult[];
    let result: (name: string) => ESLint.LintResult | undefined;

    before(async () => {
      project = new TempProject({
        [`eslint.config.${kind}`]: configText(kind),
        'Client.java': JAVA_WITH_DIRECTIVES,
        'Off.java': JAVA_RULE_OFF,
        'Partial.java': JAVA_WITH_LOCAL_ERROR,
        'NotJava.java': NOT_JAVA,
        'Unicode.java': JAVA_UNICODE,
        'main.go': GO_WITH_DIRECTIVES,
        'new_expr.go': GO_WITH_LOCAL_ERROR,
        'app.js': JS_WITH_UNUSED_VARIABLE,
      });
      results = await new ESLint({ cwd: project.dir }).lintFiles(['.']);
      result = byFile(results, project);
    });
    after(() => project.remove());

    it('reports Java calls at their name and honours every kind of disable comment', () => {
      assert.deepEqual(findings(result('Client.java')), [
        { ruleId: 'test/build-call', line: 3, column: 10, severity: 2, message: 'build() call in java.' },
        { ruleId: 'test/build-call', line: 11, column: 10, severity: 2, message: 'build() call in java.' },
        {
          ruleId: null,
          line: 12,
          column: 5,
          severity: 1,
          message: "Unused eslint-disable directive (no problems were reported from 'test/build-call').",
        },
      ]);
    });

    it('turns a rule off with a /* eslint rule: "off" */ comment', () => {
      assert.deepEqual(findings(result('Off.java')), []);
    });

    it('reports Go calls at their name and honours every kind of disable comment', () => {
      assert.deepEqual(findings(result('main.go')), [{ ruleId: 'test/build-call', line: 4, column: 9, severity: 2, message: 'Build() call in go.' }]);
    });

    it('still checks a file with a construct tree-sitter does not know', () => {
      assert.deepEqual(findings(result('Partial.java')), [{ ruleId: 'test/build-call', line: 4, column: 10, severity: 2, message: 'build() call in java.' }]);
      assert.deepEqual(findings(result('new_expr.go')), [{ ruleId: 'test/build-call', line: 5, column: 22, severity: 2, message: 'Build() call in go.' }]);
    });

    it('gives ESLint’s fatal "Parsing error" for a file where nothing parses', () => {
      const messages = result('NotJava.java')!.messages;
      assert.deepEqual(findings(result('NotJava.java')), [
        { ruleId: null, line: 1, column: 1, severity: 2, message: 'Parsing error: nothing in this file parses as Java (unexpected "}}}")' },
      ]);
      assert.equal(messages[0]!.fatal, true);
    });

    it('places findings after non-ASCII text, an emoji, CRLF and a BOM', () => {
      const [finding] = findings(result('Unicode.java'));
      assert.deepEqual(finding, { ruleId: 'test/build-call', line: 2, column: JAVA_UNICODE_BUILD_COLUMN, severity: 2, message: 'build() call in java.' });
      const line = JAVA_UNICODE.slice(1).split('\r\n')[1]!;
      assert.equal(line.slice(JAVA_UNICODE_BUILD_COLUMN - 1, JAVA_UNICODE_BUILD_COLUMN - 1 + 'build'.length), 'build');
    });

    it('lints the JavaScript files of the same run as before', () => {
      assert.deepEqual(
        findings(result('app.js')).map((finding) => finding.ruleId),
        ['no-unused-vars'],
      );
    });

    it('applies the fixes in Java and Go, keeping the BOM and CRLF line ends', async () => {
      const fixed = byFile(await new ESLint({ cwd: project.dir, fix: true }).lintFiles(['Unicode.java', 'main.go']), project);
      assert.equal(fixed('Unicode.java')!.output, JAVA_UNICODE.replace('p.build()', 'p.make()'));
      // Disabled findings are not fixed: only the first call changes.
      assert.equal(fixed('main.go')!.output, GO_WITH_DIRECTIVES.replace('client.Build()', 'client.Make()'));
    });

    it('offers suggestions whose edit, applied as an editor does, removes the finding', async () => {
      const eslint = new ESLint({ cwd: project.dir });
      const [message] = result('Client.java')!.messages;
      const suggestion = message!.suggestions![0]!;
      assert.equal(suggestion.desc, 'Call make() instead.');
      const { range, text } = suggestion.fix;
      const edited = JAVA_WITH_DIRECTIVES.slice(0, range[0]) + text + JAVA_WITH_DIRECTIVES.slice(range[1]);
      assert.match(edited, /pool\.make\(\);/);
      const [relinted] = await eslint.lintText(edited, { filePath: project.path('Client.java') });
      assert.deepEqual(
        findings(relinted).filter((finding) => finding.ruleId === 'test/build-call').map((finding) => finding.line),
        [11],
      );
    });
  });
}
