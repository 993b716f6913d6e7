#!/usr/bin/env node
// npm's `prepare`: builds the command line when factlint is installed from its git repository
// (pre-commit's `language: node` hook, `npm install github:…`), where nothing is built yet. A
// published package and a built checkout have server/out already, so this does nothing there.
// npm does not always give a git install its devDependencies (a global install does not), so
// TypeScript is installed here when it is missing.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
if (fs.existsSync(path.join(root, 'server', 'out', 'cli', 'main.js'))) process.exit(0);

const windows = process.platform === 'win32';
function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: windows });
  if (r.status !== 0) {
    console.error(`factlint prepare: ${command} ${args.join(' ')} failed; build by hand with "npm install && npx tsc -b server"`);
    process.exit(r.status ?? 1);
  }
}

const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!fs.existsSync(tsc)) {
  run(windows ? 'npm.cmd' : 'npm', ['install', '--no-save', '--global=false', '--ignore-scripts', '--include=dev', '--no-audit', '--no-fund']);
}
run(process.execPath, [tsc, '-b', 'server']);
