'use strict';
// Runs `work(item)` for every item with at most `limit` at a time; the results keep the items' order.
async function inParallel(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

module.exports = { inParallel };
