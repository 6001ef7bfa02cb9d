import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pluginDir, repoRoot } from './temp-project';

/** Paths a script in a fresh Node process needs, as JSON literals to paste into its source. */
export const paths = {
  plugin: JSON.stringify(pluginDir),
  eslint: JSON.stringify(join(repoRoot, 'node_modules', 'eslint')),
  buildCallRule: JSON.stringify(join(__dirname, 'build-call-rule.js')),
};

/**
 * Runs an async CommonJS script body in a fresh Node process (nothing loaded yet, as for a user's first
 * file) and returns the JSON it passes to `report(value)`.
 */
export function inFreshProcess<T>(body: string): T {
  const script = `const report = (value) => process.stdout.write(JSON.stringify(value));\n(async () => {\n${body}\n})().catch((error) => { console.error(error); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`fresh process failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
