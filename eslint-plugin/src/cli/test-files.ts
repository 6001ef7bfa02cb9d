import { relative } from 'node:path';
import { minimatch } from 'minimatch';
import { toPosix } from './file-selection';

/** Where tests conventionally live: a server started there is not behind a load balancer. */
export const DEFAULT_TEST_FILES: readonly string[] = ['**/*.{test,spec}.*', '**/*_test.go', '**/__tests__/**', '**/test/**', '**/tests/**'];

/** Whether a file is a test file by the globs (relative to the working folder, as --ignore-pattern). */
export function testFileMatcher(globs: readonly string[], cwd: string): (file: string) => boolean {
  return (file) => {
    const path = toPosix(relative(cwd, file));
    return globs.some((glob) => minimatch(path, glob, { dot: true }));
  };
}
