// Debian's Chromium, headless, through playwright-core from the harness: a fresh profile per
// launch, and the flags that keep it off the (closed) network.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { playwright } = require('./setup');

/** Flags from docs/real-editor-testing.md: without the networking ones Chromium keeps dialling out. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Opens a browser context with its profile, and everything else it writes, under `dir`. */
async function launch(dir, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = playwright();
  // Without these Chromium writes crash-report and dconf folders into the home directory.
  const home = path.join(dir, 'chromium-home');
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache') };
  for (const d of [env.XDG_CONFIG_HOME, env.XDG_CACHE_HOME]) fs.mkdirSync(d, { recursive: true });
  return chromium.launchPersistentContext(path.join(dir, 'chromium-profile'), {
    executablePath: process.env.FACTLINT_E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    env,
    viewport,
  });
}

/** The workbench URL that opens `workspace` and runs the extension tests of the payload. */
function payloadUrl(server, workspace, extensionPath, testsPath) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  return `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Loads the workbench with the suite in its payload and resolves with the exit code the
 * workbench passes to `codeAutomationExit` (mocha's), the only result trusted. Lines the
 * suite writes with `prefix` are handed to `onLine` as they come.
 */
async function runSuiteInWorkbench(context, url, { prefix, onLine, onOther }) {
  const page = context.pages()[0] ?? (await context.newPage());
  let exit;
  const exited = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => exit(Number(code)));
  page.on('console', (msg) => {
    const text = msg.text();
    const at = text.indexOf(prefix);
    if (at >= 0) onLine(text.slice(at + prefix.length));
    else if (onOther) onOther(`${msg.type()}: ${text}`);
  });
  page.on('pageerror', (err) => onOther && onOther(`pageerror: ${err.message}`));
  await page.goto(url);
  return exited;
}

module.exports = { launch, payloadUrl, runSuiteInWorkbench };
