#!/usr/bin/env node
// `npm run test:e2e`: factlint inside a real VS Code (code-server) on this machine, from scratch.
//
//  1. installs what is missing: Debian packages (apt-get, as root) and the harness
//     (code-server, playwright-core) in test/e2e/.harness/, outside the root dependencies;
//  2. builds the extension (`npm run build`) and compiles the suite (test/e2e/suite);
//  3. starts one code-server on 127.0.0.1 on a copy of test/e2e/workspace and loads the suite
//     through the workbench's `payload` URL in headless Chromium; trusts only the exit code the
//     workbench passes to `codeAutomationExit`;
//  4. packages the extension (`npm run package`), installs the .vsix into a second, fresh
//     code-server and drives the real UI (test/e2e/ui/packaged.js), saving screenshots in
//     test/e2e/screenshots/;
//  5. prints each test's result and a closing `N passed, N failed`; exits 0 only when all passed.
//
// Environment: FACTLINT_E2E_TIMEOUT_MS (default 600000: build and tests), FACTLINT_E2E_SETUP_TIMEOUT_MS
// (default 900000: installs), FACTLINT_E2E_GREP (run only matching suite tests), FACTLINT_E2E_SKIP_UI=1,
// FACTLINT_E2E_VSIX (a .vsix to use instead of packaging), FACTLINT_E2E_KEEP=1 (keep the run folder).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { setTimeout, clearTimeout } = require('node:timers');
const { stripVTControlCharacters } = require('node:util');
const { run } = require('./lib/proc');
const { ensureDebianPackages, ensureHarness, HARNESS } = require('./lib/setup');
const { startCodeServer, installVsix } = require('./lib/codeServer');
const { launch, payloadUrl, runSuiteInWorkbench } = require('./lib/browser');

const ROOT = path.resolve(__dirname, '../..');
const E2E = __dirname;
const REPORT_PREFIX = '[factlint-e2e] ';
const SETUP_TIMEOUT_MS = Number(process.env.FACTLINT_E2E_SETUP_TIMEOUT_MS || 900000);
const TIMEOUT_MS = Number(process.env.FACTLINT_E2E_TIMEOUT_MS || 600000);

const tally = { passed: 0, failed: 0 };
let step = 'starting';
/** Things to undo when the run ends, however it ends. */
const cleanups = [];

function say(line) {
  process.stdout.write(line + '\n');
}

function summary() {
  say(`${tally.passed} passed, ${tally.failed} failed`);
}

async function cleanup() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch {
      // best effort: the run's result is already decided
    }
  }
}

/** A bound on a phase: when it passes, say where it stuck, clean up and fail the run. */
function deadline(ms, phase) {
  const t = setTimeout(async () => {
    say(`e2e: timed out after ${Math.round(ms / 1000)} s in ${phase}, during: ${step}`);
    tally.failed++;
    summary();
    const hard = setTimeout(() => process.exit(1), 10000);
    hard.unref();
    await cleanup();
    process.exit(1);
  }, ms);
  t.unref();
  return () => clearTimeout(t);
}

async function setup() {
  fs.mkdirSync(HARNESS, { recursive: true });
  const log = path.join(HARNESS, 'install.log');
  step = 'Debian packages';
  say(`e2e: Debian packages: ${await ensureDebianPackages(log)}`);
  step = 'harness (code-server, playwright-core)';
  const t0 = Date.now();
  const harness = await ensureHarness(log);
  say(`e2e: harness in ${path.relative(ROOT, HARNESS)}: ${harness}${harness === 'installed' ? ` in ${Math.round((Date.now() - t0) / 1000)} s` : ''}`);
}

async function build(runDir) {
  step = 'npm run build';
  const log = path.join(runDir, 'build.log');
  await run('npm', ['run', 'build'], { cwd: ROOT, log });
  step = 'compiling the suite';
  fs.rmSync(path.join(E2E, 'out'), { recursive: true, force: true });
  await run(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', path.join(E2E, 'tsconfig.json')], { cwd: ROOT, log });
  say('e2e: built the extension and the suite');
}

/** A fresh copy of the workspace fixture under `dir`. */
function workspaceCopy(dir) {
  const ws = path.join(dir, 'workspace');
  fs.cpSync(path.join(E2E, 'workspace'), ws, { recursive: true });
  return ws;
}

/** Prints one result line of the suite and counts it. */
function suiteLine(line) {
  const m = /^(pass|fail|skip|end) (.*)$/.exec(line);
  if (!m) return say(`      ${line.trimStart()}`);
  if (m[1] === 'pass') {
    tally.passed++;
    say(`  ✓ ${m[2]}`);
  } else if (m[1] === 'fail') {
    tally.failed++;
    say(`  ✗ ${m[2]}`);
  } else if (m[1] === 'skip') say(`  - ${m[2]}`);
  else say(`  suite: ${m[2]}`);
}

/** The mocha suite in code-server's extension host; resolves with mocha's exit code. */
async function runSuite(runDir) {
  const dir = path.join(runDir, 'suite');
  fs.mkdirSync(dir, { recursive: true });
  const ws = workspaceCopy(dir);
  step = 'starting code-server for the suite';
  const server = await startCodeServer(dir, ws);
  cleanups.push(() => server.stop());
  step = 'starting Chromium';
  const context = await launch(dir);
  cleanups.push(() => context.close());
  const consoleLog = fs.openSync(path.join(dir, 'browser-console.log'), 'w');
  cleanups.push(() => fs.closeSync(consoleLog));
  say(`e2e: suite in code-server ${server.url} (logs: ${dir})`);
  step = 'running the suite';
  const failedBefore = tally.failed;
  const passedBefore = tally.passed;
  const url = payloadUrl(server, ws, ROOT, path.join(E2E, 'out', 'suite', 'index.js'));
  const code = await runSuiteInWorkbench(context, url, {
    prefix: REPORT_PREFIX,
    onLine: suiteLine,
    onOther: (text) => fs.writeSync(consoleLog, text + '\n'),
  });
  await cleanup();
  say(`e2e: the suite exited with code ${code}`);
  if (code !== 0 && tally.failed === failedBefore) {
    tally.failed++; // mocha failed without reporting a test: count the suite itself
    say(`  ✗ the suite did not run its tests (see ${path.join(dir, 'browser-console.log')})`);
  } else if (code === 0 && tally.passed === passedBefore && !process.env.FACTLINT_E2E_GREP) {
    tally.failed++;
    say('  ✗ the suite ran no test');
    return 1;
  }
  return code;
}

/** The .vsix to test: FACTLINT_E2E_VSIX, or what `npm run package` makes. */
async function vsix(runDir) {
  if (process.env.FACTLINT_E2E_VSIX) return path.resolve(process.env.FACTLINT_E2E_VSIX);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (!pkg.scripts || !pkg.scripts.package) throw new Error('package.json has no "package" script to build the .vsix');
  const file = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  fs.rmSync(file, { force: true });
  step = 'npm run package';
  await run('npm', ['run', 'package'], { cwd: ROOT, log: path.join(runDir, 'package.log') });
  if (!fs.existsSync(file)) throw new Error(`npm run package did not write ${path.relative(ROOT, file)}`);
  return file;
}

/** The browser-level test of the packaged extension; true when it passed. */
async function runUi(runDir) {
  const title = 'packaged extension in the browser: open a draft, squiggle, status bar, quick fix, hover';
  const dir = path.join(runDir, 'ui');
  fs.mkdirSync(dir, { recursive: true });
  try {
    const file = await vsix(runDir);
    step = 'installing the .vsix into code-server';
    await installVsix(dir, file);
    const ws = workspaceCopy(dir);
    step = 'starting code-server for the UI test';
    const server = await startCodeServer(dir, ws);
    cleanups.push(() => server.stop());
    const context = await launch(dir);
    cleanups.push(() => context.close());
    say(`e2e: UI test with ${path.relative(ROOT, file)} in code-server ${server.url} (logs: ${dir})`);
    const shots = path.join(E2E, 'screenshots');
    fs.mkdirSync(shots, { recursive: true });
    step = 'UI test';
    await require('./ui/packaged').run({ context, server, workspace: ws, shots, log: (l) => say(`      ${l}`) });
    tally.passed++;
    say(`  ✓ ${title}`);
    return true;
  } catch (err) {
    tally.failed++;
    say(`  ✗ ${title}`);
    // Playwright colours its call log; CI logs read better without the escape codes.
    const text = stripVTControlCharacters(String(err && err.stack ? err.stack : err));
    for (const l of text.split('\n').slice(0, 15)) say(`      ${l}`);
    return false;
  } finally {
    await cleanup();
  }
}

async function main() {
  const t0 = Date.now();
  const endSetup = deadline(SETUP_TIMEOUT_MS, 'setup');
  await setup();
  endSetup();
  deadline(TIMEOUT_MS, 'build and tests');
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-e2e-'));
  await build(runDir);
  const code = await runSuite(runDir);
  const uiPassed = process.env.FACTLINT_E2E_SKIP_UI === '1' ? true : await runUi(runDir);
  const ok = code === 0 && uiPassed;
  if (ok && process.env.FACTLINT_E2E_KEEP !== '1') fs.rmSync(runDir, { recursive: true, force: true });
  else say(`e2e: logs kept in ${runDir}`);
  say(`e2e: ${ok ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - t0) / 1000)} s`);
  summary();
  process.exit(ok ? 0 : 1);
}

main().catch(async (err) => {
  say(`e2e: failed during ${step}: ${err && err.stack ? err.stack : err}`);
  tally.failed++;
  await cleanup();
  summary();
  process.exit(1);
});
