import { runCli } from 'eslint-plugin-keepalive/cli';

export interface InProcessRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The real CLI code in this process, with its output captured: the same `runCli` the bin calls, without paying
 * for a Node.js start and an ESLint load per case.
 */
export async function runInProcess(args: readonly string[], cwd: string): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    cwd,
    resolveFrom: [],
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}
