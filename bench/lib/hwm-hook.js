'use strict';
// Preloaded (node --require) into a measured Node process when GNU time is missing: writes the
// process's peak resident set (VmHWM, in KB) to FACTLINT_BENCH_HWM_FILE as it exits.
const fs = require('node:fs');

process.on('exit', () => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m && process.env.FACTLINT_BENCH_HWM_FILE) fs.writeFileSync(process.env.FACTLINT_BENCH_HWM_FILE, `${m[1]}\n`);
  } catch {
    // no figure
  }
});
