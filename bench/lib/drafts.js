'use strict';
// The corpus's Markdown drafts: every `.md` file under a folder, depth first, each folder's
// entries in name order.
const fs = require('node:fs');
const path = require('node:path');

function markdownFiles(dir) {
  const files = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) files.push(p);
    }
  })(dir);
  return files;
}

module.exports = { markdownFiles };
