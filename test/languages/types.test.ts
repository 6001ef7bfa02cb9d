import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pluginDir, repoRoot, TempProject } from './temp-project';

describe('the plugin’s declarations with the languages', () => {
  // Only the languages' declarations: the rest of the plugin's declarations are the same as before them.
  it('type-check in a project without the DOM library and without skipLibCheck', function () {
    this.timeout(30_000);
    const project = new TempProject({
      'eslint.config.ts': [
        `import { languages } from ${JSON.stringify(join(pluginDir, 'dist', 'languages'))};`,
        'export const ready: Promise<void>[] = [languages.java.ready, languages.go.ready];',
        'export const typeKey: string = languages.java.nodeTypeKey;',
        '',
      ].join('\n'),
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          target: 'es2022',
          lib: ['es2023'],
          types: [],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
        },
        files: ['eslint.config.ts'],
      }),
    });
    try {
      const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project.dir], { encoding: 'utf8' });
      assert.equal(tsc.status, 0, tsc.stdout);
    } finally {
      project.remove();
    }
  });
});
