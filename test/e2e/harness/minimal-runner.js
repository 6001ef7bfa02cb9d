'use strict';
// Fallback when no mocha is available: the common bdd subset (describe, it, before, after,
// beforeEach, afterEach, this.timeout) run in declaration order, one test at a time.

function createSuite(title, parent) {
  return { title, parent, tests: [], suites: [], before: [], after: [], beforeEach: [], afterEach: [] };
}

function fullTitle(suite, title) {
  const parts = [title];
  for (let s = suite; s && s.parent; s = s.parent) parts.unshift(s.title);
  return parts.join(' ');
}

/** Calls fn with mocha's conventions: a promise, a `done` callback, or a plain return. */
async function callWithTimeout(fn, defaultTimeoutMs) {
  let timeoutMs = defaultTimeoutMs;
  const context = { timeout(ms) { timeoutMs = ms; } };
  let timer;
  const body = fn.length > 0
    ? new Promise((resolve, reject) => fn.call(context, (error) => (error ? reject(error) : resolve())))
    : Promise.resolve().then(() => fn.call(context));
  const limit = new Promise((_, reject) => {
    // Started after fn ran, so a this.timeout() call inside fn is honoured.
    setImmediate(() => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    });
  });
  try {
    await Promise.race([body, limit]);
  } finally {
    clearTimeout(timer);
  }
}

function errorText(error) {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

async function runSuite(suite, timeoutMs, inherited, results, log) {
  const beforeEach = [...inherited.beforeEach, ...suite.beforeEach];
  const afterEach = [...suite.afterEach, ...inherited.afterEach];
  try {
    for (const hook of suite.before) await callWithTimeout(hook, timeoutMs);
  } catch (error) {
    results.push({ title: fullTitle(suite, '"before all" hook'), ok: false, ms: 0, error: errorText(error) });
    return;
  }
  for (const test of suite.tests) {
    const started = Date.now();
    try {
      for (const hook of beforeEach) await callWithTimeout(hook, timeoutMs);
      await callWithTimeout(test.fn, timeoutMs);
      for (const hook of afterEach) await callWithTimeout(hook, timeoutMs);
      results.push({ title: fullTitle(suite, test.title), ok: true, ms: Date.now() - started });
      log(`pass ${fullTitle(suite, test.title)}`);
    } catch (error) {
      results.push({ title: fullTitle(suite, test.title), ok: false, ms: Date.now() - started, error: errorText(error) });
      log(`FAIL ${fullTitle(suite, test.title)}\n${errorText(error)}`);
    }
  }
  for (const child of suite.suites) await runSuite(child, timeoutMs, { beforeEach, afterEach }, results, log);
  try {
    for (const hook of suite.after) await callWithTimeout(hook, timeoutMs);
  } catch (error) {
    results.push({ title: fullTitle(suite, '"after all" hook'), ok: false, ms: 0, error: errorText(error) });
  }
}

/** @returns {Promise<Array<{ title: string, ok: boolean, ms: number, error?: string }>>} */
async function runMinimal(files, timeoutMs, log) {
  const root = createSuite('', undefined);
  let current = root;
  const globals = {
    describe(title, body) {
      const suite = createSuite(title, current);
      current.suites.push(suite);
      current = suite;
      try { body(); } finally { current = suite.parent; }
    },
    // it() without a body is pending in mocha: skipped here too.
    it(title, fn) { if (fn) current.tests.push({ title, fn }); },
    before(fn) { current.before.push(fn); },
    after(fn) { current.after.push(fn); },
    beforeEach(fn) { current.beforeEach.push(fn); },
    afterEach(fn) { current.afterEach.push(fn); },
  };
  Object.assign(globalThis, globals);
  for (const file of files) require(file);
  const results = [];
  await runSuite(root, timeoutMs, { beforeEach: [], afterEach: [] }, results, log);
  return results;
}

module.exports = { runMinimal };
