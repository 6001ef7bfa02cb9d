import { strict as assert } from 'node:assert';
import { IdleMemory } from 'keepalive-lint-vscode/out/server/idle-memory';

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await settle(5);
}

describe('idle memory (full collections once the server is idle)', () => {
  it('collects after each quiet step that follows the last lint, then stops', async () => {
    const collected: number[] = [];
    const started = performance.now();
    const idle = new IdleMemory(() => collected.push(performance.now() - started), [20, 40, 80]);
    idle.afterWork();
    await until(() => collected.length === 3);
    await settle(200);
    assert.equal(collected.length, 3, 'no collection after the last step');
    // Each step waits at least its own delay after the previous one (timers never fire early by more than 1 ms).
    assert.ok(collected[0]! >= 19 && collected[1]! - collected[0]! >= 39 && collected[2]! - collected[1]! >= 79, JSON.stringify(collected));
  });

  it('starts the schedule again when another lint finishes, so a busy server is never collected', async () => {
    let collections = 0;
    const idle = new IdleMemory(() => collections++, [500, 500]);
    for (let lint = 0; lint < 6; lint++) {
      idle.afterWork();
      await settle(10);
    }
    assert.equal(collections, 0, 'no collection while lints keep coming');
    await until(() => collections === 2);
    idle.dispose();
  });
});
