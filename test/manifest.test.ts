/** The extension manifest agrees with the code: settings and commands (scripts/check-manifest.js). */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require(path.resolve(__dirname, '../../scripts/check-manifest.js')) as { checkManifest: () => string[] };

describe('the extension manifest', () => {
  it('declares every setting and command the code has', () => {
    assert.deepEqual(checkManifest(), []);
  });

  it('gives the store page its icon, categories, keywords, changelog and a README for users', () => {
    const root = path.resolve(__dirname, '../..');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      icon: string;
      categories: string[];
      keywords: string[];
      contributes: { commands: { title: string }[]; configuration: { properties: Record<string, unknown> } };
    };
    // A PNG of at least 128 × 128, as the Marketplace asks.
    const icon = fs.readFileSync(path.join(root, manifest.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(icon.readUInt32BE(16) >= 128 && icon.readUInt32BE(20) >= 128, 'at least 128 pixels a side');
    assert.ok(manifest.categories.includes('Linters'));
    assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30, 'vsce takes at most 30 keywords');
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    for (const kept of ['!README.md', '!CHANGELOG.md', `!${manifest.icon}`]) assert.ok(ignore.split('\n').includes(kept), kept);
    // The store page speaks to users: no build steps, every command and setting named.
    const readme = fs.readFileSync(path.join(root, 'extension', 'README.md'), 'utf8');
    assert.doesNotMatch(readme, /npm (ci|test|install)/);
    for (const c of manifest.contributes.commands) assert.ok(readme.includes(c.title), `the store README names "${c.title}"`);
    for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), `the store README names ${key}`);
    assert.match(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), /^# Changelog\n/);
    assert.match(fs.readFileSync(path.join(root, 'scripts', 'package.js'), 'utf8'), /extension', 'README\.md'/, 'the .vsix carries the store README');
  });
});
