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
 * The store page from extension/README.md. Links to files of the repository could not be
 * followed from the store, so only their text is kept. Pictures (`![…](../docs/images/x.png)`,
 * relative to extension/) are written in as data: addresses: VS Code's page for an installed
 * extension resolves no relative picture and allows images only from https: and data:, and the
 * package names no public repository for vsce to point them at. Once it does, leave them relative
 * and drop --no-rewrite-relative-links: vsce then links them to the repository. Anything that
 * would still not load there is an error, since that flag also turns vsce's own check off.
 */
function storeReadme(readme, readmeDir = path.join(root, 'extension')) {
  const pictures = [];
  // Pictures first, each set aside as a placeholder, so that stripping links cannot reach into one.
  let text = readme.replace(/!\[([^\]]*)\]\(\s*([^)\s]+)(\s+"[^"]*")?\s*\)/g, (_, alt, target, title = '') => {
    pictures.push(`![${alt}](${inlinePicture(target, readmeDir)}${title})`);
    return `\uE000${pictures.length - 1}\uE000`;
  });
  text = text.replace(/\[([^\]]+)\]\((?!https?:|#)[^)]*\)/g, '$1');
  text = text.replace(/\uE000(\d+)\uE000/g, (_, i) => pictures[Number(i)]);
  const targets = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g), ...text.matchAll(/<img[^>]*\ssrc=["']([^"']*)/gi), ...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)];
  const broken = targets.map((m) => m[1]).filter((t) => !/^(https:|#|data:image\/png;base64,)/.test(t));
  if (broken.length > 0) {
    throw new Error(`extension/README.md: ${broken.join(', ')} would not show on the store page; write a picture as ![text](../docs/images/NAME.png) and a link as an https: address`);
  }
  return text;
}

/** A picture's address on the store page: an https: one as it is, a PNG of the repository inline. */
function inlinePicture(target, readmeDir) {
  if (/^(https:|data:)/.test(target)) return target;
  const file = path.resolve(readmeDir, target);
  if (!/\.png$/i.test(file) || !fs.existsSync(file)) {
    throw new Error(`extension/README.md: the picture ${target} is no PNG file of the repository (the store takes no SVG)`);
  }
  return `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;
}

function main() {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-vsix-'));
  try {
    for (const entry of kept) {
      if (entry === 'package.json') continue;
      const from = path.join(root, entry);
      if (!fs.existsSync(from)) throw new Error(`${entry} is missing (kept by .vscodeignore); run npm run build first`);
      fs.cpSync(from, path.join(stage, entry), { recursive: true });
    }
    fs.copyFileSync(path.join(root, '.vscodeignore'), path.join(stage, '.vscodeignore'));
    // The store page is the user's README, not the repository's developer README.
    fs.writeFileSync(path.join(stage, 'README.md'), storeReadme(fs.readFileSync(path.join(root, 'extension', 'README.md'), 'utf8')));
    const extensionManifest = { ...manifest };
    delete extensionManifest.files;
    fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(extensionManifest, null, 2) + '\n');
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    // The pictures are inline (storeReadme), which vsce's check would refuse: it wants https: only.
    const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix];
    const result = childProcess.spawnSync(process.execPath, args, { cwd: stage, stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

if (require.main === module) main();

module.exports = { kept, storeReadme };
