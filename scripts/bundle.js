#!/usr/bin/env node
// Bundles the VS Code extension for packaging, after `tsc -b` has type-checked everything:
//   client/src/extension.ts → dist/extension.js  (`vscode` stays external: the editor provides it)
//   server/src/server.ts    → dist/server.js     (everything inlined)
//   server/src/lsp/check-worker.ts → dist/check-worker.js (the server's thread for very large drafts)
// and the command line, which `bin/factlint.js` loads:
//   server/src/cli/bundle.ts → dist/cli.js       (everything inlined but `factlint tables`; also its worker threads' script)
//   server/src/cli/tables/index.ts → dist/tables/index.js (`factlint tables`, which dist/cli.js requires only for that command,
//                                                          so no check parses the importers' code at start-up)
// Usage: node scripts/bundle.js [--minify]. Silent on success; esbuild prints warnings and errors.
'use strict';
const path = require('path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const minify = process.argv.includes('--minify');

/** Options both bundles share. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // Maps point at the sources in the repository instead of carrying them into the .vsix.
  sourcesContent: false,
  minify,
  logLevel: 'warning',
};

/** Leaves `factlint tables` out of dist/cli.js: main.ts imports it as './tables/index.js', found beside dist/cli.js at run time. */
const tablesApart = {
  name: 'tables-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/tables\/index\.js$/ }, () => ({ path: './tables/index.js', external: true }));
  },
};

Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/check-worker.ts'], outfile: 'dist/check-worker.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/bundle.ts'], outfile: 'dist/cli.js', plugins: [tablesApart] }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/tables/index.ts'], outfile: 'dist/tables/index.js' }),
]).catch(() => {
  // esbuild has already printed what went wrong.
  process.exitCode = 1;
});
