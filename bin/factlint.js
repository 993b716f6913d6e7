#!/usr/bin/env node
// The `factlint` command: everything happens in server/out/cli/main.js.
'use strict';

require('../server/out/cli/main.js')
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
