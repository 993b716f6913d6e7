#!/usr/bin/env node
// Packs the VS Code extension into factlint-<version>.vsix, after `npm run build` and a minified
// bundle (`npm run package` does all three).
//
// vsce refuses a .vscodeignore beside a package.json `files` list, and our `files` is the npm
// package's (the CLI and the server for other editors), not the extension's. So the extension is
// staged in a temporary folder: the paths that .vscodeignore re-includes (its `!` lines, the one
// list of what the .vsix holds) and package.json without `files`; vsce packs that folder.
'use strict';
const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const ignoreFile = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
/** The paths .vscodeignore keeps: `!dist/**` → `dist`. */
const kept = ignoreFile
  .split(/\r?\n/)
  .filter((line) => line.startsWith('!'))
  .map((line) => line.slice(1).replace(/\/\*\*$/, ''));

/**
 * The store README's pictures (`![…](../docs/images/x.png)`, relative to extension/), written
 * into it as data: addresses. VS Code's page for an installed extension does not resolve a
 * README's relative pictures, and its page allows images only from https: and data:; the package
 * names no public repository for vsce to point them at. Once it does, leave them relative and
 * drop --no-rewrite-relative-links: vsce then links them to the repository.
 */
function storePictures(readme) {
  return readme.replace(/(!\[[^\]]*\]\()\.\.\/([\w/-]+\.png)\)/g, (_, head, file) => {
    const png = fs.readFileSync(path.join(root, file));
    return `${head}data:image/png;base64,${png.toString('base64')})`;
  });
}

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-vsix-'));
try {
  for (const entry of kept) {
    if (entry === 'package.json') continue;
    const from = path.join(root, entry);
    if (!fs.existsSync(from)) throw new Error(`${entry} is missing (kept by .vscodeignore); run npm run build first`);
    fs.cpSync(from, path.join(stage, entry), { recursive: true });
  }
  fs.copyFileSync(path.join(root, '.vscodeignore'), path.join(stage, '.vscodeignore'));
  // The store page is the user's README (extension/README.md), not the repository's developer
  // README; links to files of the repository could not be followed from the store, so only their
  // text is kept.
  const readme = fs.readFileSync(path.join(root, 'extension', 'README.md'), 'utf8');
  fs.writeFileSync(path.join(stage, 'README.md'), storePictures(readme.replace(/(?<!!)\[([^\]]+)\]\((?!https?:|#)[^)]*\)/g, '$1')));
  const extensionManifest = { ...manifest };
  delete extensionManifest.files;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(extensionManifest, null, 2) + '\n');
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  // The pictures are inline (below), which vsce's check of relative links would refuse.
  const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix];
  const result = childProcess.spawnSync(process.execPath, args, { cwd: stage, stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} catch (error) {
  console.error(`package: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
