#!/usr/bin/env node
// The `factlint` command: everything happens in dist/cli.js, server/src/cli/main.ts bundled by `npm run build`.
'use strict';

require('../dist/cli.js')
  .run()
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`factlint: internal error: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    },
  );
