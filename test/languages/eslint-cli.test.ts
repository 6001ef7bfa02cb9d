import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { GO_WITH_DIRECTIVES, JAVA_WITH_DIRECTIVES, JS_WITH_UNUSED_VARIABLE, NOT_JAVA } from './samples';
import { configText, type ConfigKind, eslintBin, TempProject } from './temp-project';

interface CliFinding {
  readonly file: string;
  readonly ruleId: string | null;
  readonly line: number;
  readonly message: string;
}

/** The real `eslint` command in a fresh process: the grammars load from the config step, nothing earlier. */
function eslint(project: TempProject, args: readonly string[], stdin?: string): CliFinding[] {
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', ...args], { cwd: project.dir, encoding: 'utf8', input: stdin });
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; message: string }[] }[];
  return results.flatMap((result) =>
    result.messages.map(({ ruleId, line, message }) => ({ file: result.filePath.slice(project.dir.length + 1), ruleId, line, message })),
  );
}

for (const kind of ['mjs', 'cjs'] as ConfigKind[]) {
  describe(`the eslint command with eslint.config.${kind}`, () => {
    let project: TempProject;
    let plain: CliFinding[];
    before(function () {
      this.timeout(60_000);
      project = new TempProject({
        [`eslint.config.${kind}`]: configText(kind),
        'Client.java': JAVA_WITH_DIRECTIVES,
        'NotJava.java': NOT_JAVA,
        'main.go': GO_WITH_DIRECTIVES,
        'app.js': JS_WITH_UNUSED_VARIABLE,
      });
      plain = eslint(project, ['.']);
    });
    after(() => project.remove());

    it('lints Java, Go and JavaScript files from its first file on', () => {
      assert.deepEqual(
        plain.map(({ file, ruleId, line }) => `${file}:${line} ${ruleId}`),
        ['Client.java:3 test/build-call', 'Client.java:11 test/build-call', 'Client.java:12 null', 'NotJava.java:1 null', 'app.js:1 no-unused-vars', 'main.go:4 test/build-call'],
      );
    });

    it('gets the same findings with --cache and --concurrency 2, cold and warm', function () {
      this.timeout(60_000); // two runs, each starting worker threads that load ESLint and the config
      const cacheArgs = ['--cache', '--cache-location', project.path('.eslintcache'), '--concurrency', '2', '.'];
      assert.deepEqual(eslint(project, cacheArgs), plain);
      assert.deepEqual(eslint(project, cacheArgs), plain);
    });

    it('lints standard input once the config starts loading the grammars', function () {
      this.timeout(40_000);
      project.write(`eslint.config.${kind}`, configText(kind, { startEarly: true }));
      try {
        const java = eslint(project, ['--stdin', '--stdin-filename', 'Client.java'], JAVA_WITH_DIRECTIVES);
        const go = eslint(project, ['--stdin', '--stdin-filename', 'main.go'], GO_WITH_DIRECTIVES);
        assert.deepEqual([...java, ...go].map(({ file, line }) => `${file}:${line}`), ['Client.java:3', 'Client.java:11', 'Client.java:12', 'main.go:4']);
      } finally {
        project.write(`eslint.config.${kind}`, configText(kind));
      }
    });

    it('says how to fix standard input without that line: ESLint#lintText parses right after the config step', () => {
      assert.deepEqual(eslint(project, ['--stdin', '--stdin-filename', 'Client.java'], JAVA_WITH_DIRECTIVES), [
        {
          file: 'Client.java',
          ruleId: null,
          line: 1,
          message: 'Parsing error: the tree-sitter java grammar is still loading: await plugin.languages.java.ready before the first Linter#verify or ESLint#lintText',
        },
      ]);
    });
  });
}
