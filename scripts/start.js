#!/usr/bin/env node
// `npm start`: builds what is not built yet (quietly), then runs the checker on the example
// drafts with the default table, as a person would run it. Exit 0 when the check ran, whatever it
// found (the examples hold planted errors); the checker's own exit code 2 (a usage or file error)
// is passed on.
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

process.stdout.write('factlint: the example drafts in examples/, checked against the default table\n\n');
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'factlint.js'), 'examples/'], { cwd: root, stdio: 'inherit' });
process.exit(run.status === null ? 1 : run.status <= 1 ? 0 : run.status);
