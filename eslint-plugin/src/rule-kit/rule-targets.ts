import type { TSESLint } from '@typescript-eslint/utils';
import { targetsFor, type Targets } from '../targets';

/** Message used by every rule to surface malformed `settings.keepalive` instead of crashing. */
export const INVALID_SETTINGS_MESSAGE = 'Invalid keep-alive settings: {{problem}}';

const reportedFiles = new WeakSet<object>();

/** Every rule asks for the same file's targets: read once per file (per settings, name and folder). */
const targetsByFile = new WeakMap<object, { settings: unknown; filename: string; cwd: string; targets: Targets }>();

/**
 * The targets for the file being linted. Problems in `settings.keepalive` are reported once per file (by the
 * first keepalive rule that runs), at the top of the file, as a normal lint message.
 */
export function readRuleTargets<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds | 'invalidSettings', readonly unknown[]>>,
): Targets {
  const targets = fileTargets(context);
  const sourceCode = context.sourceCode;
  if (targets.problems.length > 0 && !reportedFiles.has(sourceCode)) {
    reportedFiles.add(sourceCode);
    for (const problem of targets.problems) {
      context.report({ loc: { line: 1, column: 0 }, messageId: 'invalidSettings', data: { problem } });
    }
  }
  return targets;
}

/** The file's targets without reporting anything (cached per file). */
export function fileTargets(context: Readonly<Pick<TSESLint.RuleContext<string, readonly unknown[]>, 'settings' | 'filename' | 'cwd' | 'sourceCode'>>): Targets {
  const { settings, filename, cwd, sourceCode } = context;
  let read = targetsByFile.get(sourceCode);
  if (!read || read.settings !== settings || read.filename !== filename || read.cwd !== cwd) {
    read = { settings, filename, cwd, targets: targetsFor(settings, filename, cwd) };
    targetsByFile.set(sourceCode, read);
  }
  return read.targets;
}
