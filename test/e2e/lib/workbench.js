'use strict';
// Driving the VS Code workbench as a person does: clicks, the mouse and the keyboard. Selectors are
// those of code-server 4.100.3 (VS Code 1.100.3); keep the version pinned, they change between
// releases. Every wait is on a condition of the page, never on a fixed delay.

const { waitFor } = require('./wait');

const EDITOR = '.part.editor .editor-instance .monaco-editor';
const EXPLORER_ROW = '.explorer-folders-view .monaco-list-row';
const MARKERS_ROW = '.markers-panel .monaco-list-row';
const HOVER = '.monaco-hover:not(.hidden)';
const ACTION_ROW = '.action-widget .monaco-list-row.action';
const STATUS_ITEM = '.part.statusbar .statusbar-item';
/**
 * How long a wait on the page may take before it counts as a hang (also Playwright's default for the flows'
 * pages). Generous: on a loaded 2-core machine a window's first squiggle (extension activation, server start,
 * first lint) took over 30 s, and that is a slow machine, not a failure.
 */
const HANG_GUARD_MS = 120_000;

/**
 * The rendered text of the active editor's visible lines, inlay hints included. Spaces are rendered
 * as NBSP and an inlay hint's padding as a hair space: both read as plain spaces here.
 */
function editorText(page) {
  return page.locator(`${EDITOR} .view-lines`).first().evaluate((lines) => lines.textContent.replace(/[\u00a0\u2000-\u200a\u202f]/g, ' '));
}

/** Waits until the active editor shows `expected` (a string it contains, or a RegExp); returns the text. */
async function waitForEditorText(page, expected, { timeoutMs = HANG_GUARD_MS } = {}) {
  let shown = '';
  const matches = () => (expected instanceof RegExp ? expected.test(shown) : shown.includes(expected));
  try {
    return await waitFor(async () => {
      shown = await editorText(page).catch(() => '');
      return matches() && shown;
    }, { what: `the editor to show ${expected}`, timeoutMs });
  } catch (error) {
    throw new Error(`${error.message}; it shows:\n${JSON.stringify(shown).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}`);
  }
}

/** Clicks through the Explorer to a file (`src/app.js`): folders are expanded, the file opened. */
async function openFromExplorer(page, relativePath) {
  const parts = relativePath.split('/');
  for (const [index, name] of parts.entries()) {
    const row = page.locator(`${EXPLORER_ROW}[aria-label="${name}"]`).first();
    await row.waitFor({ state: 'visible' });
    const isFolder = index < parts.length - 1;
    if (isFolder && (await row.getAttribute('aria-expanded')) === 'true') continue;
    await row.click();
  }
  await restMouse(page);
  const fileName = parts.at(-1);
  await page.locator(`.part.editor .tab.active[aria-label^="${fileName}"]`).waitFor({ state: 'visible' });
}

/** Ctrl+B: hides the side bar, leaving the editor the whole width. */
async function hideSideBar(page) {
  const sideBar = page.locator('.part.sidebar');
  if (!(await sideBar.isVisible())) return;
  await page.keyboard.press('Control+B');
  await sideBar.waitFor({ state: 'hidden' });
}

/** A screenshot with CSS animations run to their end first, so a hover that fades in is fully drawn. */
function screenshot(page, file) {
  return page.screenshot({ path: file, animations: 'disabled' });
}

/** A code token of the active editor, by its exact text (the n-th occurrence when it repeats). */
function token(page, text, nth = 0) {
  return page.locator(`${EDITOR} .view-line span > span`).filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) }).nth(nth);
}

/** Opens the Problems panel (Ctrl+Shift+M) unless it is showing. */
async function openProblems(page) {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible' });
}

/** Opens the Problems panel and waits for a row holding `text`. */
async function showProblems(page, text) {
  await openProblems(page);
  const row = page.locator(MARKERS_ROW).filter({ hasText: text }).first();
  await row.waitFor({ state: 'visible' });
  return row;
}

/** Opens the Problems panel and waits until it says there are none. */
async function showNoProblems(page) {
  await openProblems(page);
  await page.locator('.markers-panel').filter({ hasText: 'No problems have been detected' }).waitFor({ state: 'visible' });
  await page.locator(MARKERS_ROW).first().waitFor({ state: 'detached' });
}

/** Moves the mouse to an empty spot of the editor area, where it raises no hover or tooltip. */
async function restMouse(page) {
  const box = await page.locator('.part.editor').boundingBox();
  await page.mouse.move(box.x + box.width - 40, box.y + box.height - 40);
}

/** Ctrl+J: hides the panel (Problems, Output, Terminal), leaving the editor the whole height. */
async function hidePanel(page) {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible())) return;
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: 'hidden' });
}

/** Rests the mouse on a token and waits for the hover that contains `text`. */
async function hoverOver(page, target, text) {
  await target.hover();
  const hover = page.locator(HOVER).filter({ hasText: text }).first();
  await hover.waitFor({ state: 'visible' });
  return hover;
}

/**
 * Puts the cursor in `target`, opens the quick-fix menu with Ctrl+. and moves the keyboard focus to
 * the action whose title contains `title` (a click on a row is blocked by the menu's pointer guard).
 * Returns with the menu open and the action focused: press Enter to apply it.
 */
async function focusQuickFix(page, target, title) {
  await target.click();
  await restMouse(page);
  // As a person does: Ctrl+. once the light bulb shows the editor has the actions at the cursor, and the status bar
  // shows no work in progress. VS Code drops a Ctrl+. request that is still waiting for a provider when the file's
  // diagnostics change (it asks again on its own and cancels the pending one), and shows "No code actions available".
  // On a loaded machine TypeScript takes 15-40 s to analyze the file: its refactoring provider keeps a Ctrl+. waiting
  // that long, and its diagnostics arrive as it finishes.
  await page.locator(`${EDITOR} .lightBulbWidget`).first().waitFor({ state: 'visible' });
  await waitForIdleStatusBar(page);
  await page.keyboard.press('Control+.');
  const wanted = page.locator(ACTION_ROW).filter({ hasText: title }).first();
  await wanted.waitFor({ state: 'visible' });
  // The menu focuses its first action as it opens: navigate only from there.
  await page.locator(`${ACTION_ROW}.focused`).waitFor({ state: 'visible' });
  const rows = await page.locator(ACTION_ROW).count();
  for (let step = 0; step <= rows; step++) {
    if ((await wanted.getAttribute('class')).split(/\s+/).includes('focused')) return wanted;
    const before = await focusedActionText(page);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((previous) => {
      const focused = document.querySelector('.action-widget .monaco-list-row.action.focused');
      return focused && focused.textContent !== previous;
    }, before);
  }
  throw new Error(`the quick-fix menu never focused "${title}"`);
}

/**
 * Waits until no status bar item spins: extensions are activated and no language service (TypeScript analyzing the
 * file, "Analyzing 'x.js' and its dependencies") is at work.
 */
async function waitForIdleStatusBar(page) {
  await page.waitForFunction(() => document.querySelector('.part.statusbar') !== null && document.querySelector('.part.statusbar .codicon-modifier-spin, .part.statusbar .codicon-loading, .part.statusbar [class*="~spin"]') === null);
}

/** Waits for the status bar item whose text matches `text` (a RegExp, or a string it contains). */
async function statusBarItem(page, text) {
  const item = page.locator(STATUS_ITEM).filter({ hasText: text }).first();
  await item.waitFor({ state: 'visible' });
  return item;
}

/** A status bar item's text, as shown. */
async function statusBarText(item) {
  return (await item.textContent()).replace(/\u00a0/g, ' ').trim();
}

function focusedActionText(page) {
  return page.evaluate(() => document.querySelector('.action-widget .monaco-list-row.action.focused')?.textContent ?? null);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

module.exports = {
  HANG_GUARD_MS,
  EDITOR,
  HOVER,
  editorText,
  waitForEditorText,
  openFromExplorer,
  hideSideBar,
  screenshot,
  token,
  showProblems,
  showNoProblems,
  hidePanel,
  restMouse,
  hoverOver,
  focusQuickFix,
  statusBarItem,
  statusBarText,
  waitForIdleStatusBar,
};
