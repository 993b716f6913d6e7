// The browser-level test: the packaged .vsix, installed into a fresh code-server, driven through
// the real UI as a person would use it. Opens a draft with Ctrl+P, sees the squiggle and the
// Problems count in the status bar, hovers the finding for its fact card, presses Ctrl+. and
// applies the quick fix, saves, and checks the file on disk; opens factlint's log, hovers a title
// for the date it is judged at, opens the walkthrough and the extension's page in the Extensions
// view (icon, store README and its pictures, changelog). Screenshots of each step go to
// test/e2e/screenshots/. Waits are Playwright's, on what the page shows; none is a sleep.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

/** Long enough for a cold extension host and language server; a step that takes longer fails. */
const STEP_MS = 30000;

const DRAFT = 'drafts/acronym.md';
const LINE_BEFORE = 'Officials said the talks would cover the Free and Open Indo-Pacific (FIOP).';
const LINE_AFTER = 'Officials said the talks would cover the Free and Open Indo-Pacific (FOIP).';
/** "Foreign Minister" before "Takeshi Iwaya" in drafts/misri-tokyo.md, dated 2026-03-10 in its front matter. */
const TITLE_AT = { line: 11, column: 22 };

/** The pictures the store README shows. */
const STORE_PICTURES = (fs.readFileSync(path.join(__dirname, '..', '..', '..', 'extension', 'README.md'), 'utf8').match(/!\[[^\]]*\]\(/g) || []).length;
const MANIFEST = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const WALKTHROUGH = {
  title: MANIFEST.contributes.walkthroughs[0].title,
  steps: MANIFEST.contributes.walkthroughs[0].steps.map((s) => s.title),
};

/** The Problems entry of the status bar, e.g. "Errors: 1, Warnings: 0" (its accessible name). */
async function problemsLabel(page) {
  const item = page.locator('[id="status.problems"]');
  await item.waitFor({ state: 'visible', timeout: STEP_MS });
  const label = (await item.getAttribute('aria-label')) || '';
  return label.trim() || (await item.innerText()).replace(/\s+/g, ' ').trim();
}

/** Waits until the Problems status entry counts `errors` errors ("No Problems" for none). */
async function waitForErrors(page, errors) {
  await page.waitForFunction(
    (n) => {
      /* global document -- this function runs in the page */
      const el = document.getElementById('status.problems');
      const label = el ? el.getAttribute('aria-label') || el.textContent || '' : '';
      return n === 0 ? /^No Problems$|\bErrors?: 0\b/.test(label.trim()) : new RegExp(`\\bErrors?: ${n}\\b`).test(label);
    },
    errors,
    { timeout: STEP_MS },
  );
}

async function run({ context, server, workspace, shots, log }) {
  const page = context.pages()[0] || (await context.newPage());
  const shot = async (name, what) => {
    const file = path.join(shots, name);
    await page.screenshot({ path: file });
    log(`screenshot ${path.relative(process.cwd(), file)}: ${what}`);
  };

  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: STEP_MS });
  await page.locator('[id="status.problems"]').waitFor({ state: 'visible', timeout: STEP_MS });
  log('workbench loaded');

  // Open the draft as a person would: Ctrl+P, the file name, Enter.
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 300 } });
  await page.keyboard.press('Control+P');
  const quickOpen = page.locator('.quick-input-widget input');
  await quickOpen.waitFor({ state: 'visible', timeout: STEP_MS });
  await quickOpen.fill('acronym.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'acronym.md' }).first().waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines', { hasText: 'FIOP' }).waitFor({ timeout: STEP_MS });
  log(`opened ${DRAFT} with Ctrl+P`);

  // The squiggle under FIOP, and the count in the status bar.
  const squiggle = editor.locator('.squiggly-error');
  await squiggle.first().waitFor({ state: 'attached', timeout: STEP_MS });
  assert.equal(await squiggle.count(), 1, 'one error squiggle in the draft');
  await waitForErrors(page, 1);
  const label = await problemsLabel(page);
  assert.match(label, /\bErrors?: 1\b/, `the status bar counts one error: "${label}"`);
  const status = page.locator('.statusbar-item', { hasText: /2026-03-06 · \d+ facts/ });
  await status.waitFor({ state: 'visible', timeout: STEP_MS });
  log(`squiggle shown; status bar: "${label}", factlint's item: "${(await status.innerText()).trim()}"`);
  await shot('1-squiggle.png', 'the draft with FIOP underlined and the Problems count in the status bar');

  // Hover the squiggle: the diagnostic and factlint's fact card.
  const box = await squiggle.first().boundingBox();
  assert.ok(box, 'the squiggle has a place on the screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4);
  const hover = page.locator('.monaco-hover', { hasText: 'Known wrong forms: FIOP' });
  await hover.first().waitFor({ state: 'visible', timeout: STEP_MS });
  const hoverText = (await hover.first().innerText()).replace(/\u00a0/g, ' ');
  assert.match(hoverText, /"FIOP" should be "FOIP" \(Free and Open Indo-Pacific\) — default table/, 'the hover shows the diagnostic');
  assert.match(hoverText, /FOIP: Free and Open Indo-Pacific/, 'the hover shows the fact card');
  assert.match(hoverText, /factlint · default table, line \d+/, 'the card says where the fact is');
  log('hover shows the message and the fact card');
  await shot('2-hover.png', 'the hover over FIOP: the message and the fact card from the default table');

  // Ctrl+. on FIOP: the preferred fix comes first; Enter applies it.
  await page.keyboard.press('Escape');
  // A click where the squiggle is puts the cursor in FIOP (the text layer above it takes the click).
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 - 4);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: STEP_MS });
  const focused = menu.locator('.monaco-list-row.focused');
  await focused.waitFor({ state: 'visible', timeout: STEP_MS });
  const first = (await focused.innerText()).replace(/\u00a0/g, ' ').trim();
  assert.equal(first, 'Replace "FIOP" with "FOIP"', 'the preferred quick fix is the one selected');
  log(`Ctrl+. menu: ${(await menu.innerText()).replace(/\s*\n\s*/g, ' | ').replace(/\u00a0/g, ' ')}`);
  await shot('3-quick-fix-menu.png', 'the Ctrl+. menu on FIOP with "Replace "FIOP" with "FOIP"" selected');
  await page.keyboard.press('Enter');

  // The fix is in the text, the squiggle and the error count are gone; saved, it is on disk.
  await editor.locator('.view-lines', { hasText: '(FOIP)' }).waitFor({ timeout: STEP_MS });
  await squiggle.first().waitFor({ state: 'detached', timeout: STEP_MS });
  await waitForErrors(page, 0);
  const dirtyTab = page.locator('.tab.active.dirty');
  await dirtyTab.waitFor({ state: 'attached', timeout: STEP_MS });
  await page.keyboard.press('Control+S');
  await dirtyTab.waitFor({ state: 'detached', timeout: STEP_MS });
  const onDisk = fs.readFileSync(path.join(workspace, DRAFT), 'utf8').split('\n');
  assert.equal(onDisk[6], LINE_AFTER, 'the fixed line is saved');
  assert.notEqual(onDisk[6], LINE_BEFORE);
  log(`fixed and saved; status bar: "${await problemsLabel(page)}"`);
  await shot('4-fixed.png', 'the draft after the quick fix: FOIP, no squiggle, no errors in the status bar');

  // The log, from the Command Palette (the editor draws its spaces as no-break spaces): what the server loaded and the draft's article date. With
  // the Output panel focused, factlint's status-bar item stays: the draft is still in view.
  await page.keyboard.press('F1');
  const palette = page.locator('.quick-input-widget input');
  await palette.waitFor({ state: 'visible', timeout: STEP_MS });
  await palette.fill('>factlint: Show output');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'factlint: Show output' }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  await page.keyboard.press('Enter');
  const output = page.locator('[id="workbench.panel.output"]');
  try {
    await output.locator('.view-lines', { hasText: /facts[\s\u00a0]+tables[\s\u00a0]+default\b[\s\S]*?\d+[\s\u00a0]+facts/ }).waitFor({ timeout: STEP_MS });
  } catch (e) {
    await shot('5-output-failed.png', 'what the Output panel showed when the log was not found');
    throw e;
  }
  await output.locator('.view-lines', { hasText: /article[\s\u00a0]+date[\s\u00a0]+2026-03-06[\s\u00a0]+\(front[\s\u00a0]+matter\)/ }).waitFor({ timeout: STEP_MS });
  await output.locator('.view-lines').first().click();
  await status.waitFor({ state: 'visible', timeout: STEP_MS });
  log(`output channel shows the tables loaded and the article date; factlint's item still shown: "${(await status.innerText()).trim()}"`);
  await shot('5-output.png', "factlint's log in the Output panel, and its status-bar item still shown while the panel has focus");
  await page.keyboard.press('Control+J');
  await output.waitFor({ state: 'hidden', timeout: STEP_MS });

  // A title judged at a date: the hover names the date that governs the sentence and why.
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 300 } });
  await page.keyboard.press('Control+P');
  await quickOpen.waitFor({ state: 'visible', timeout: STEP_MS });
  await quickOpen.fill('misri-tokyo.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'misri-tokyo.md' }).first().waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
  const titleEditor = page.locator('.editor-instance .monaco-editor').first();
  await titleEditor.locator('.view-lines', { hasText: /Misri[\s\u00a0]+is[\s\u00a0]+due/ }).waitFor({ timeout: STEP_MS });
  await titleEditor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: STEP_MS });
  await page.keyboard.press('Control+G');
  await quickOpen.waitFor({ state: 'visible', timeout: STEP_MS });
  await quickOpen.fill(`:${TITLE_AT.line}:${TITLE_AT.column}`);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: `Ln ${TITLE_AT.line}, Col ${TITLE_AT.column}` }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const titleHover = page.locator('.monaco-hover', { hasText: /Governing[\s\u00a0]+date/ });
  await titleHover.first().waitFor({ state: 'visible', timeout: STEP_MS });
  const titleText = (await titleHover.first().innerText()).replace(/\u00a0/g, ' ');
  assert.match(titleText, /Takeshi Iwaya/, 'the hover is about the title written with Takeshi Iwaya');
  assert.match(titleText, /Governing date: on [^\n]*2026-03-10[^\n]* — the article date \(front matter\)/, `the hover names the governing date and why: ${titleText}`);
  log(`title hover: ${titleText.split('\n').find((l) => l.startsWith('Governing'))}`);
  await shot('6-title-hover.png', 'the hover over "Foreign Minister Takeshi Iwaya": the finding, the cards, and the date the sentence is judged at, with why');
  await page.keyboard.press('Escape');

  // The walkthrough, as Welcome: Open Walkthrough... lists it.
  await page.keyboard.press('F1');
  await palette.waitFor({ state: 'visible', timeout: STEP_MS });
  await palette.fill('>Welcome: Open Walkthrough');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: WALKTHROUGH.title }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  await palette.fill(WALKTHROUGH.title);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: WALKTHROUGH.title }).waitFor({ state: 'visible', timeout: STEP_MS });
  await page.keyboard.press('Enter');
  const walkthrough = page.locator('.gettingStartedContainer');
  for (const step of WALKTHROUGH.steps) await walkthrough.getByText(step, { exact: true }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  log(`walkthrough "${WALKTHROUGH.title}" shows its steps: ${WALKTHROUGH.steps.join(', ')}`);
  await shot('7-walkthrough.png', "the walkthrough: open a draft, see the article date, fix a finding, create a facts table");

  // The store page: the Extensions view, the installed extension, its details.
  await page.keyboard.press('Control+Shift+X');
  const search = page.locator('.extensions-viewlet .suggest-input-container, .extensions-viewlet .monaco-inputbox').first();
  await search.waitFor({ state: 'visible', timeout: STEP_MS });
  await search.click();
  await page.keyboard.type('@installed factlint');
  const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: MANIFEST.displayName }).first();
  await item.waitFor({ state: 'visible', timeout: STEP_MS });
  await item.click();
  const details = page.locator('.extension-editor');
  await details.locator('.name', { hasText: MANIFEST.displayName }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  const icon = await details.locator('.header .icon').first().getAttribute('src');
  assert.ok(icon && /icon\.png/.test(icon), `the details page shows the extension's icon: ${icon}`);
  await details.getByText('Changelog', { exact: true }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  // Webviews float above the workbench rather than inside the editor; the details page's is the one shown.
  const readme = page.locator('iframe.webview:visible').last().contentFrame().locator('iframe#active-frame').contentFrame();
  await readme.locator('h1', { hasText: 'factlint' }).first().waitFor({ state: 'visible', timeout: STEP_MS });
  await readme.locator('img[alt]').first().waitFor({ state: 'visible', timeout: STEP_MS });
  // Each picture's decode() settles when the page has loaded it or given up: a wait on the page, not a sleep.
  const loads = await readme.locator('img').evaluateAll((imgs) => Promise.all(imgs.map((i) => i.decode().then(() => null, () => (i.getAttribute('alt') || i.getAttribute('src') || '').slice(0, 80)))));
  assert.equal(loads.length, STORE_PICTURES, `the store page shows the ${STORE_PICTURES} pictures of extension/README.md`);
  assert.deepEqual(loads.filter((l) => l !== null), [], 'every picture of the store README loads');
  log(`store page: "${MANIFEST.displayName}", icon ${icon}, README with pictures, a Changelog tab`);
  await shot('8-store-page.png', "the extension's page in the Extensions view: icon, name, the store README with pictures");
}

module.exports = { run };
