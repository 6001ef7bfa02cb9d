import type { TSESLint } from '@typescript-eslint/utils';
import { targetsFor, type Targets } from '../targets';

/** Every rule asks for the same file's targets: read once per file (per settings, name and folder). */
const targetsByFile = new WeakMap<object, { settings: unknown; filename: string; cwd: string; targets: Targets }>();

/**
 * The targets for the file being linted (cached per file). Malformed parts of `settings.keepalive` are left out;
 * `valid-settings` reports them.
 */
export function fileTargets(context: Readonly<Pick<TSESLint.RuleContext<string, readonly unknown[]>, 'settings' | 'filename' | 'cwd' | 'sourceCode'>>): Targets {
  const { settings, filename, cwd, sourceCode } = context;
  let read = targetsByFile.get(sourceCode);
  if (!read || read.settings !== settings || read.filename !== filename || read.cwd !== cwd) {
    read = { settings, filename, cwd, targets: targetsFor(settings, filename, cwd) };
    targetsByFile.set(sourceCode, read);
  }
  return read.targets;
}
