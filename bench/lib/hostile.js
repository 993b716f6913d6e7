'use strict';
// The hostile inputs of issue 15, made on demand into bench/work/hostile/: texts no newsroom
// writes, which must still cost time in proportion to their size. Each is checked by the CLI
// once (whole run, with the default table); the language server opens the largest while the
// bench keeps asking it for hovers on a small draft, timing each answer.
const fs = require('node:fs');
const path = require('node:path');

/** name → { file, text maker, what it is } */
const INPUTS = {
  'one-line-5mb': {
    what: '5 MB on one line, a finding every 75 characters',
    make: () => repeatTo('Foreign Minister Takeshi Iwaya met the FIOP team on Friday, March 5, 2026. ', 5e6) + '\n',
  },
  'nested-3000': {
    what: 'a list nested 3,000 levels deep (9 MB)',
    make: () => {
      let t = '';
      for (let k = 0; k < 3000; k++) t += `${' '.repeat(2 * k)}- item FIOP ${k}\n`;
      return t;
    },
  },
  'directives-24k': {
    what: '24,000 stacked disable-next-line comments, then a finding',
    make: () => '<!-- factlint-disable-next-line -->\n'.repeat(24000) + 'The FIOP plan.\n',
  },
  'quotation-2mb': {
    what: '2 MB of one unclosed quotation full of titles',
    make: () => repeatTo('"Foreign Minister Takeshi Iwaya said ', 2e6) + '\n',
  },
  'server-10mb': {
    what: '10 MB draft, a finding on every line (the server)',
    make: () => repeatTo('Foreign Minister Takeshi Iwaya met the FIOP team on Friday, March 5, 2026.\n', 1e7),
  },
};

function repeatTo(unit, chars) {
  return unit.repeat(Math.ceil(chars / unit.length));
}

/** Writes the inputs that are missing; returns name → path. */
function ensureHostile(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const out = {};
  for (const [name, input] of Object.entries(INPUTS)) {
    const file = path.join(dir, `${name}.md`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, input.make());
    out[name] = file;
  }
  return out;
}

module.exports = { INPUTS, ensureHostile };
