#!/usr/bin/env node
// Checks that the extension manifest agrees with common/: the `factlint.*` settings and their
// defaults with DEFAULT_SETTINGS, and the commands the server and client name. What lists the
// rules (`factlint.rules`, the grammar's rule ids, RULE_IDS, the docs pages) is generated from the
// rule files and checked by scripts/generate-rules.js.
// Run after `npx tsc -b`: node scripts/check-manifest.js. A test may call checkManifest() instead.
'use strict';
const fs = require('fs');
const path = require('path');

/** Lists the disagreements; empty when the manifest is in step with common/. */
function checkManifest(root = path.join(__dirname, '..')) {
  const { DEFAULT_SETTINGS } = require(path.join(root, 'common/out/settings.js'));
  const { SHOW_RULE_DOCS_COMMAND, CREATE_FACTS_TABLE_COMMAND } = require(path.join(root, 'common/out/protocol.js'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const problems = [];

  const props = pkg.contributes?.configuration?.properties ?? {};
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const prop = props[`factlint.${key}`];
    if (!prop) problems.push(`package.json: no setting factlint.${key} (common/src/settings.ts has it)`);
    else if (JSON.stringify(prop.default) !== JSON.stringify(value)) {
      problems.push(`package.json: factlint.${key} defaults to ${JSON.stringify(prop.default)}, common/src/settings.ts to ${JSON.stringify(value)}`);
    }
  }
  for (const key of Object.keys(props)) {
    const name = key.replace(/^factlint\./, '');
    if (!(name in DEFAULT_SETTINGS) && key !== 'factlint.trace.server') problems.push(`package.json: setting ${key} is not in common/src/settings.ts`);
  }

  const commands = (pkg.contributes?.commands ?? []).map((c) => c.command);
  for (const c of ['factlint.checkWorkspace', 'factlint.openFactsTable', 'factlint.showOutput', SHOW_RULE_DOCS_COMMAND, CREATE_FACTS_TABLE_COMMAND]) {
    if (!commands.includes(c)) problems.push(`package.json: command ${c} is not contributed`);
  }
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const problems = checkManifest();
  for (const p of problems) console.error(p);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
