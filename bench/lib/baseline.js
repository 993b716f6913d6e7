'use strict';
// Run as a child: `node baseline.js <corpus dir> <bytes>`. What any Node command line over the
// corpus costs before it checks anything: the process starts, reads every draft as UTF-8, one
// after another as the CLI does, and writes `bytes` bytes to stdout (the size of factlint's JSON
// report).
// The bench times it from outside, like the CLI, so the two figures compare directly.
const fs = require('node:fs');
const { markdownFiles } = require('./drafts');

const [corpus, bytes] = process.argv.slice(2);
let chars = 0;
for (const f of markdownFiles(corpus)) chars += fs.readFileSync(f, 'utf8').length;
if (chars === 0) throw new Error(`no Markdown drafts under ${corpus}`);
fs.writeSync(1, Buffer.alloc(Number(bytes), 0x20));
