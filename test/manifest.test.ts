/** The extension manifest agrees with the code: settings and commands (scripts/check-manifest.js). */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from './cli-inprocess';

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

  it('walks a new user through opening a draft, the article date, a fix and a facts table', async () => {
    const root = path.resolve(__dirname, '../..');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: { commands: { command: string }[]; walkthroughs: { id: string; steps: { id: string; description: string; media: { markdown: string }; completionEvents: string[] }[] }[] };
    };
    const [walk] = manifest.contributes.walkthroughs;
    assert.deepEqual(walk.steps.map((s) => s.id), ['open', 'date', 'fix', 'table']);
    const ours = new Set(manifest.contributes.commands.map((c) => c.command));
    const builtIn = new Set(['editor.action.quickFix']);
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
    for (const step of walk.steps) {
      assert.ok(fs.existsSync(path.join(root, step.media.markdown)), step.media.markdown);
      assert.ok(ignore.includes('!media/walkthrough/**'), 'the .vsix carries the pages');
      const commands = [...step.description.matchAll(/\(command:([\w.]+)\)/g), ...step.completionEvents.join(' ').matchAll(/onCommand:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(commands.length > 0, `${step.id} has a button or a completion`);
      for (const c of commands) assert.ok(ours.has(c) || builtIn.has(c), `${step.id}: ${c} is a command`);
    }
    // The sample draft holds findings of three kinds with the default table.
    const r = await runCli(path.join(root, 'media', 'walkthrough'), ['--format', 'json', 'sample.md']);
    const rules = (JSON.parse(r.stdout) as { files: { findings: { rule: string }[] }[] }).files[0].findings.map((f) => f.rule);
    assert.deepEqual(rules, ['title', 'acronym', 'term']);
  });
});

describe('the store README, as packing writes it', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { storeReadme } = require(path.resolve(__dirname, '../../scripts/package.js')) as { storeReadme: (text: string, dir?: string) => string };
  const dir = path.resolve(__dirname, '../../extension');
  const png = (file: string) => `data:image/png;base64,${fs.readFileSync(path.resolve(dir, file)).toString('base64')}`;

  it('writes each picture in as a PNG, title kept, and keeps only the text of links into the repository', () => {
    const out = storeReadme('See ![Hover](../docs/images/hover.png "The hover") and [the docs](../docs/vscode.md), [a site](https://x.org/a) or [here](#settings).', dir);
    assert.equal(out, `See ![Hover](${png('../docs/images/hover.png')} "The hover") and the docs, [a site](https://x.org/a) or [here](#settings).`);
  });

  it('keeps a linked picture whole: the picture inline, the link where it points', () => {
    assert.equal(storeReadme('[![Logo](../media/icon.png)](https://x.org)', dir), `[![Logo](${png('../media/icon.png')})](https://x.org)`);
    assert.equal(storeReadme('[![Logo](../media/icon.png)](../docs/vscode.md)', dir), `![Logo](${png('../media/icon.png')})`);
  });

  it('refuses what would not show on the store page', () => {
    assert.throws(() => storeReadme('![Icon](../media/missing.png)', dir), /the picture \.\.\/media\/missing\.png is no PNG file/);
    assert.throws(() => storeReadme('![Diagram](../docs/diagram.svg)', dir), /no PNG file/);
    assert.throws(() => storeReadme('<img src="../docs/images/hover.png">', dir), /\.\.\/docs\/images\/hover\.png would not show on the store page/);
    assert.throws(() => storeReadme('![Plain][pic]\n\n[pic]: ../docs/images/hover.png\n', dir), /would not show/);
  });

  it('turns the real store README into one whose every picture is inline', () => {
    const out = storeReadme(fs.readFileSync(path.join(dir, 'README.md'), 'utf8'));
    const pictures = [...out.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 3);
    for (const p of pictures) assert.match(p.slice(0, 30), /^data:image\/png;base64,/);
    assert.doesNotMatch(out, /\]\((?!https:|#|data:)/, 'no relative link is left');
  });
});
