import { strict as assert } from 'node:assert';
import type * as ReportingModule from '../../extension/src/server/reporting';
import type * as CoverageModule from '../../extension/src/client/eslint-coverage';
import { extensionModule } from './extension-module';

const { decideReporting, enabledKeepaliveRules } = extensionModule<typeof ReportingModule>('server/reporting');
const { eslintCoverage } = extensionModule<typeof CoverageModule>('client/eslint-coverage');

type Input = Parameters<typeof decideReporting>[0];

const ESLINT_LINTS = { lints: true, reason: '`eslint.probe` lists javascript' };
const ESLINT_SILENT = { lints: false, reason: 'the ESLint extension (dbaeumer.vscode-eslint) is not installed or is disabled' };
const PROJECT_RULES = { enabled: ['keepalive/require-idle-timeout', 'keepalive/require-idle-timeout-below-server'] };

function decide(overrides: Partial<Input>): ReturnType<typeof decideReporting> {
  return decideReporting({ enable: true, mode: 'auto', project: PROJECT_RULES, eslint: ESLINT_LINTS, ...overrides });
}

describe('who reports the findings (keepalive.diagnostics)', () => {
  describe('auto', () => {
    it('leaves them to ESLint when its extension lints the file and the project config turns keepalive rules on', () => {
      const reporting = decide({});
      assert.equal(reporting.reporter, 'eslint');
      assert.equal(reporting.publish, false);
      assert.match(reporting.why, /turns on keepalive\/require-idle-timeout, keepalive\/require-idle-timeout-below-server: the findings and their quick fixes come from ESLint\./);
      assert.match(reporting.why, /Inlay hints and hovers stay on\./);
      assert.match(reporting.change, /`"always"` to have Keep-Alive report them too/);
    });

    it('reports them itself when the ESLint extension does not lint the file, and says why', () => {
      const reporting = decide({ eslint: ESLINT_SILENT });
      assert.deepEqual([reporting.reporter, reporting.publish], ['keepalive', true]);
      assert.equal(reporting.why, 'Keep-Alive reports the findings: the ESLint extension (dbaeumer.vscode-eslint) is not installed or is disabled.');
    });

    it('reports them itself when the project config turns no keepalive rule on (ESLint would report nothing)', () => {
      const reporting = decide({ project: { enabled: [] } });
      assert.equal(reporting.reporter, 'keepalive');
      assert.match(reporting.why, /but the project's ESLint config turns on no keepalive rule for it\.$/);
    });

    it('reports them itself in an untrusted workspace, where neither the ESLint extension nor this one runs the project config', () => {
      const reporting = decide({ project: { unread: "the project's ESLint config is not read in an untrusted workspace" }, eslint: { lints: false, reason: 'the ESLint extension does not run in an untrusted workspace' } });
      assert.equal(reporting.reporter, 'keepalive');
      assert.match(reporting.why, /does not run in an untrusted workspace\.$/);
    });

    it('reports them itself when the project config could not be loaded, even where the ESLint extension lints', () => {
      const reporting = decide({ project: { unread: "the project's ESLint config could not be loaded (see the Keep-Alive output)" } });
      assert.equal(reporting.reporter, 'keepalive');
      assert.match(reporting.why, /lints this file, but the project's ESLint config could not be loaded/);
    });

    it('reports them itself when the editor cannot say whether the ESLint extension lints (another LSP client)', () => {
      const reporting = decide({ eslint: null });
      assert.equal(reporting.reporter, 'keepalive');
      assert.match(reporting.why, /does not say whether the ESLint extension lints the file/);
    });

    it('names three rules and counts the rest', () => {
      const enabled = ['a', 'b', 'c', 'd', 'e'].map((name) => `keepalive/${name}`);
      assert.match(decide({ project: { enabled } }).why, /turns on keepalive\/a, keepalive\/b, keepalive\/c and 2 more:/);
    });
  });

  it('always: reports them, and warns that ESLint shows each finding too where it does', () => {
    const twice = decide({ mode: 'always' });
    assert.deepEqual([twice.reporter, twice.publish], ['keepalive', true]);
    assert.match(twice.why, /so each finding shows twice/);
    const once = decide({ mode: 'always', eslint: ESLINT_SILENT });
    assert.equal(once.why, '`keepalive.diagnostics` is `"always"`.');
  });

  it('never: publishes nothing whoever lints, and says hints and hovers stay on', () => {
    for (const eslint of [ESLINT_LINTS, ESLINT_SILENT, null]) {
      const reporting = decide({ mode: 'never', eslint });
      assert.deepEqual([reporting.reporter, reporting.publish], ['off', false]);
      assert.match(reporting.why, /Inlay hints and hovers stay on/);
      assert.match(reporting.change, /`"auto"` or `"always"`/);
    }
  });

  it('keepalive.enable off: nobody is asked, nothing is published', () => {
    const reporting = decide({ enable: false, mode: 'always' });
    assert.deepEqual([reporting.reporter, reporting.publish], ['off', false]);
    assert.match(reporting.change, /keepalive\.enable/);
  });
});

describe('the keepalive rules an ESLint config turns on', () => {
  it('reads severities in every form ESLint accepts, and ignores other plugins and rules turned off', () => {
    const rules = {
      'keepalive/a': [2],
      'keepalive/b': [1, { marginMs: 500 }],
      'keepalive/c': 'warn',
      'keepalive/d': 'error',
      'keepalive/e': 2,
      'keepalive/off-array': [0],
      'keepalive/off-string': 'off',
      'keepalive/off-number': 0,
      'no-var': [2],
    };
    assert.deepEqual(enabledKeepaliveRules(rules), ['keepalive/a', 'keepalive/b', 'keepalive/c', 'keepalive/d', 'keepalive/e']);
    assert.deepEqual(enabledKeepaliveRules(undefined), []);
  });
});

describe('whether the ESLint extension lints a document (its own rule)', () => {
  const DEFAULT_PROBE = ['astro', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'html', 'vue', 'markdown'];
  const running: CoverageModule.EslintExtensionView = {
    installed: true,
    active: true,
    trusted: true,
    settings: { enable: true, validate: null, probe: DEFAULT_PROBE, ignoreUntitled: false },
  };
  const js = { languageId: 'javascript', untitled: false };
  const withSettings = (settings: Partial<CoverageModule.EslintExtensionView['settings']>) => ({ ...running, settings: { ...running.settings, ...settings } });

  it('with its defaults it lints JavaScript and TypeScript (eslint.probe)', () => {
    assert.deepEqual(eslintCoverage(running, js), { lints: true, reason: '`eslint.probe` lists javascript' });
    assert.equal(eslintCoverage(running, { languageId: 'typescriptreact', untitled: false }).lints, true);
  });

  it('lints nothing when it is missing, disabled, not started, or the workspace is untrusted', () => {
    assert.equal(eslintCoverage({ ...running, installed: false }, js).reason, 'the ESLint extension (dbaeumer.vscode-eslint) is not installed or is disabled');
    assert.equal(eslintCoverage({ ...running, active: false }, js).reason, 'the ESLint extension has not started yet');
    assert.equal(eslintCoverage({ ...running, trusted: false }, js).reason, 'the ESLint extension does not run in an untrusted workspace');
    assert.deepEqual(eslintCoverage(withSettings({ enable: false }), js), { lints: false, reason: '`eslint.enable` is off for this file' });
  });

  it('a list in eslint.validate is the only list: languages outside it are not linted, whatever eslint.probe says', () => {
    assert.deepEqual(eslintCoverage(withSettings({ validate: ['typescript'] }), js), { lints: false, reason: '`eslint.validate` does not list javascript' });
    assert.equal(eslintCoverage(withSettings({ validate: ['javascript'] }), js).lints, true);
    assert.equal(eslintCoverage(withSettings({ validate: [{ language: 'javascript', autoFix: true }] }), js).lints, true);
  });

  it('a language in neither list is not linted', () => {
    assert.deepEqual(eslintCoverage(withSettings({ probe: ['vue'] }), js), { lints: false, reason: 'neither `eslint.validate` nor `eslint.probe` lists javascript' });
    assert.equal(eslintCoverage(withSettings({ probe: 'javascript' }), js).lints, false);
  });

  it('Java and Go are in neither of its default lists: it lints them only where eslint.validate names them', () => {
    const java = { languageId: 'java', untitled: false };
    const go = { languageId: 'go', untitled: false };
    assert.deepEqual(eslintCoverage(running, java), { lints: false, reason: 'neither `eslint.validate` nor `eslint.probe` lists java' });
    assert.equal(eslintCoverage(running, go).lints, false);
    const validated = withSettings({ validate: ['javascript', 'java'] });
    assert.deepEqual(eslintCoverage(validated, java), { lints: true, reason: '`eslint.validate` lists java' });
    assert.deepEqual(eslintCoverage(validated, go), { lints: false, reason: '`eslint.validate` does not list go' });
  });

  it('skips unsaved files only with eslint.ignoreUntitled', () => {
    const untitled = { languageId: 'javascript', untitled: true };
    assert.equal(eslintCoverage(running, untitled).lints, true);
    assert.equal(eslintCoverage(withSettings({ ignoreUntitled: true }), untitled).lints, false);
  });
});
