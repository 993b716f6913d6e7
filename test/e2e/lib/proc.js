// Child processes for the e2e runner: run a command to completion with its output in a log
// file (so a long install does not flood CI), and say clearly what failed.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');

/**
 * Runs `cmd args` and resolves when it exits 0; rejects with the log's tail otherwise.
 * Output goes to `opts.log` (appended) when given, else to this process's stdout/stderr.
 */
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const log = opts.log ? fs.openSync(opts.log, 'a') : null;
    if (log !== null) fs.writeSync(log, `\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', log ?? 'inherit', log ?? 'inherit'],
    });
    child.on('error', (err) => {
      if (log !== null) fs.closeSync(log);
      reject(new Error(`${cmd} could not start: ${err.message}`));
    });
    child.on('exit', (code, signal) => {
      if (log !== null) fs.closeSync(log);
      if (code === 0) return resolve();
      const tail = opts.log ? `\n--- last lines of ${opts.log} ---\n${tailOf(opts.log, 40)}` : '';
      reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})${tail}`));
    });
  });
}

/** The last `n` lines of a text file. */
function tailOf(file, n) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

module.exports = { run, tailOf };
