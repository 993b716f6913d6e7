#!/usr/bin/env node
// The same suite in desktop VS Code, through @vscode/test-electron: for a laptop or GitHub
// Actions, where VS Code can be downloaded (it cannot on the team's build machines; there,
// `npm run test:e2e` runs the suite in code-server instead).
//
//   node test/e2e/electron.js            # the VS Code version of engines.vscode's minimum
//   FACTLINT_E2E_VSCODE=stable node test/e2e/electron.js
//
// @vscode/test-electron is installed into test/e2e/.harness/ on first use, like the rest of the
// e2e harness, so it stays out of the root dependencies. On Linux without a display run it
// under xvfb-run.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { run } = require('./lib/proc');
const { HARNESS } = require('./lib/setup');

const ROOT = path.resolve(__dirname, '../..');
const TEST_ELECTRON = '@vscode/test-electron@2.5.2';

async function testElectron() {
  const dir = path.join(HARNESS, 'electron');
  const entry = path.join(dir, 'node_modules', '@vscode', 'test-electron');
  if (!fs.existsSync(entry)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    await run('npm', ['install', '--no-audit', '--no-fund', '--no-save', TEST_ELECTRON], { cwd: dir });
  }
  return require(entry);
}

async function main() {
  await run('npm', ['run', 'build'], { cwd: ROOT });
  await run(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', path.join(__dirname, 'tsconfig.json')], { cwd: ROOT });
  const { runTests } = await testElectron();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-e2e-electron-'));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  const engines = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.vscode;
  try {
    await runTests({
      version: process.env.FACTLINT_E2E_VSCODE || engines.replace(/^\^/, ''),
      cachePath: path.join(HARNESS, 'vscode'), // the downloaded VS Code, git-ignored with the harness
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'out', 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(runDir, 'udd')}`,
        `--extensions-dir=${path.join(runDir, 'exts')}`,
      ],
    });
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`e2e (electron): ${err && err.message ? err.message : err}`);
  process.exit(1);
});
