#!/usr/bin/env node
// `factlint-ls --stdio`: the standalone language server, for any LSP editor.
'use strict';

const { lsArguments } = require('../server/out/lsp/ls-args.js');
const { packageVersion } = require('../server/out/project/paths.js');

const early = lsArguments(process.argv.slice(2), packageVersion());
if (early) {
  if (early.stdout) process.stdout.write(early.stdout);
  if (early.stderr) process.stderr.write(early.stderr);
  process.exitCode = early.exit;
} else {
  require('../server/out/server.js');
}
