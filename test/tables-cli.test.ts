/** `factlint tables`: init, check, stats, diff, and the shared rules of writing an imported table. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './cli-inprocess';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const imports = require(path.resolve(__dirname, '../../server/out/cli/tables/imports')) as typeof import('../server/src/cli/tables/imports');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-tables-'));
}

const TABLE = `version: 1
asOf: 2026-01-31
offices:
  - id: zd-interior
    title: Minister of the Interior
    country: Zenda
people:
  - name: Ola Stern
    aliases: [Stern]
    roles:
      - office: zd-interior
        from: 2021-04-02
  - name: Ivo Brandt
    roles:
      - office: zd-interior
        from: 2016
        to: 2021-04-01
milestones:
  - name: Harbour Accord
    date: 2014-09
`;

describe('factlint tables', () => {
  it('lists its commands, and says an unknown one is unknown (exit 2)', async () => {
    const help = await runCli(os.tmpdir(), ['tables', '--help']);
    assert.equal(help.code, 0);
    for (const c of ['init', 'check', 'stats', 'diff', 'import']) assert.match(help.stdout, new RegExp(`^  ${c} +\\S`, 'm'));
    const none = await runCli(os.tmpdir(), ['tables']);
    assert.deepEqual([none.code, none.stdout], [2, '']);
    assert.match(none.stderr, /^Usage: factlint tables <command>/);
    const bad = await runCli(os.tmpdir(), ['tables', 'frobnicate']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^factlint tables: unknown tables command "frobnicate"; the commands are init, check, stats, diff, import\n/);
  });

  it('still checks a folder named "tables" written as ./tables', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'tables'));
    fs.writeFileSync(path.join(dir, 'tables', 'a.md'), 'Nothing to see.\n');
    const r = await runCli(dir, ['./tables', '--no-default-facts']);
    assert.equal(r.code, 0, r.stderr);
  });

  describe('init', () => {
    it('writes a starter table and a config that uses it; a check of a draft then uses the table', async () => {
      const dir = tempDir();
      const r = await runCli(dir, ['tables', 'init', '--beat', 'City Hall']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^wrote city-hall\.facts\.yaml\nwrote \.factlint\.yaml\n/);
      assert.match(fs.readFileSync(path.join(dir, 'city-hall.facts.yaml'), 'utf8'), /^asOf: 2026-11-21$/m);
      assert.equal((await runCli(dir, ['tables', 'check', 'city-hall.facts.yaml'])).code, 0);
      // The starter's made-up acronym is in force: its listed wrong form is found.
      fs.writeFileSync(path.join(dir, 'd.md'), 'The ETXA was signed in 2021.\n');
      const checked = await runCli(dir, ['d.md']);
      assert.equal(checked.code, 1);
      assert.match(checked.stdout, /"ETXA" should be "EXTA"/);
    });

    it('refuses to replace a table that exists, unless --force, and needs a beat with letters', async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'newsroom.facts.yaml'), TABLE);
      const r = await runCli(dir, ['tables', 'init']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /newsroom\.facts\.yaml already exists; nothing was written/);
      assert.equal(fs.readFileSync(path.join(dir, 'newsroom.facts.yaml'), 'utf8'), TABLE);
      assert.equal(fs.existsSync(path.join(dir, '.factlint.yaml')), false);
      assert.equal((await runCli(dir, ['tables', 'init', '--force'])).code, 0);
      assert.match(fs.readFileSync(path.join(dir, 'newsroom.facts.yaml'), 'utf8'), /Ada Example/);
      const noName = await runCli(dir, ['tables', 'init', '--beat', '***']);
      assert.equal(noName.code, 2);
      assert.match(noName.stderr, /--beat "\*\*\*" has no letters or digits/);
    });

    it('adds the table to a .factlint.yaml that is there, keeping the rest of it, --force or not', async () => {
      const dir = tempDir();
      const config = '\ufeff# The desk\'s settings.\nfacts: [mine.facts.yaml]   # ours\nrules:\n  acronym: off\n';
      fs.writeFileSync(path.join(dir, '.factlint.yaml'), config);
      const r = await runCli(dir, ['tables', 'init']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^wrote newsroom\.facts\.yaml\nadded newsroom\.facts\.yaml to the facts of \.factlint\.yaml\n/);
      const added = config.replace('[mine.facts.yaml]', '[mine.facts.yaml, newsroom.facts.yaml]');
      assert.equal(fs.readFileSync(path.join(dir, '.factlint.yaml'), 'utf8'), added);
      const again = await runCli(dir, ['tables', 'init', '--force']);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(fs.readFileSync(path.join(dir, '.factlint.yaml'), 'utf8'), added, 'named once, and never replaced');
      fs.writeFileSync(path.join(dir, '.factlint.yaml'), 'facts: [\n');
      const broken = await runCli(dir, ['tables', 'init', '--beat', 'courts']);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /^\.factlint\.yaml: \.factlint\.yaml has a YAML error at line 2, column 1; fix it first; nothing was written\n$/);
      assert.equal(fs.existsSync(path.join(dir, 'courts.facts.yaml')), false);
    });

    it('says which file it cannot write, and how far it got, with no stack trace', async () => {
      const dir = tempDir();
      // A name the file system takes, but not the temporary file beside it that an atomic write needs.
      const beat = 'b'.repeat(230);
      const r = await runCli(dir, ['tables', 'init', '--beat', beat]);
      assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', `${beat}.facts.yaml: cannot write it (ENAMETOOLONG); it was not written\n`]);
      assert.deepEqual(fs.readdirSync(dir), []);
    });
  });

  describe('check', () => {
    it('passes a valid table (exit 0) and reports errors as file:line:column (exit 2), with the default table\'s offices known', async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'ok.facts.yaml'), TABLE);
      assert.deepEqual(await runCli(dir, ['tables', 'check', 'ok.facts.yaml']), { code: 0, stdout: 'ok.facts.yaml: valid\n', stderr: '' });
      fs.writeFileSync(path.join(dir, 'bad.facts.yaml'), TABLE.replace('from: 2016', 'from: 2016-13'));
      const bad = await runCli(dir, ['tables', 'check', 'bad.facts.yaml']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^bad\.facts\.yaml:16:15: /m);
      // Without the default table, a role naming one of its offices is an error.
      const firstDefaultOffice = /^ {2}- id: (\S+)$/m.exec(fs.readFileSync(path.resolve(__dirname, '../../facts/default.facts.yaml'), 'utf8'))?.[1];
      assert.ok(firstDefaultOffice);
      const uses = `version: 1\npeople:\n  - name: Ada Quill\n    roles:\n      - office: ${firstDefaultOffice}\n`;
      fs.writeFileSync(path.join(dir, 'uses.facts.yaml'), uses);
      assert.equal((await runCli(dir, ['tables', 'check', 'uses.facts.yaml'])).code, 0);
      const alone = await runCli(dir, ['tables', 'check', '--no-default-facts', 'uses.facts.yaml']);
      assert.equal(alone.code, 2);
      assert.match(alone.stderr, new RegExp(`uses\\.facts\\.yaml:5:17: no facts table defines the office "${firstDefaultOffice}"`));
    });

    it('needs a table to check', async () => {
      const r = await runCli(os.tmpdir(), ['tables', 'check']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /check needs one or more tables/);
    });
  });

  it('stats counts each kind, the people in office, the dates covered and asOf', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 't.facts.yaml'), TABLE);
    const r = await runCli(dir, ['tables', 'stats', 't.facts.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      't.facts.yaml\n  1 office, 2 people (1 in office now), 2 roles\n  0 acronyms, 0 terms, 1 milestone\n  dates from 2014-09 to 2021-04-02\n  asOf 2026-01-31\n',
    );
  });

  it('stats and diff refuse what is no regular file, as check does, rather than wait on it', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 't.facts.yaml'), TABLE);
    execFileSync('mkfifo', [path.join(dir, 'pipe.facts.yaml')]);
    const stats = await runCli(dir, ['tables', 'stats', 'pipe.facts.yaml']);
    assert.deepEqual([stats.code, stats.stderr], [2, 'pipe.facts.yaml: cannot read it (it is a named pipe, not a regular file)\n']);
    const diff = await runCli(dir, ['tables', 'diff', 't.facts.yaml', 'pipe.facts.yaml']);
    assert.deepEqual([diff.code, diff.stderr], [2, 'pipe.facts.yaml: cannot read it (it is a named pipe, not a regular file)\n']);
  });

  describe('diff', () => {
    it('says what changed in words, and exits 1; the same table exits 0 with nothing printed', async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'old.facts.yaml'), TABLE);
      const next = TABLE.replace('        from: 2021-04-02\n', '        from: 2021-04-02\n        to: 2026-02-10\n')
        .replace('aliases: [Stern]', 'aliases: [Stern, O. Stern]')
        .replace('milestones:', `  - name: Mira Kade
    roles:
      - office: zd-interior
        from: 2026-02-11
milestones:`)
        .replace('date: 2014-09', 'date: 2014-10')
        .replace('asOf: 2026-01-31', 'asOf: 2026-02-12');
      fs.writeFileSync(path.join(dir, 'new.facts.yaml'), next);
      const r = await runCli(dir, ['tables', 'diff', 'old.facts.yaml', 'new.facts.yaml']);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(r.stdout.trimEnd().split('\n'), [
        'Ola Stern: alias "O. Stern" (new)',
        'Ola Stern: term as Minister of the Interior (Zenda) ended 2026-02-10',
        'Mira Kade: new, Minister of the Interior (Zenda) from 2026-02-11',
        'milestone "Harbour Accord": 2014-10, was 2014-09',
        'asOf 2026-02-12, was 2026-01-31',
      ]);
      assert.deepEqual(await runCli(dir, ['tables', 'diff', 'old.facts.yaml', 'old.facts.yaml']), { code: 0, stdout: '', stderr: '' });
    });

    it('follows a person renamed under the same Wikidata item, and reports a removed role and person', async () => {
      const dir = tempDir();
      const withQid = TABLE.replace('  - name: Ola Stern\n', '  - name: Ola Stern\n    wikidata: Q7\n');
      fs.writeFileSync(path.join(dir, 'old.facts.yaml'), withQid);
      const renamed = withQid
        .replace('  - name: Ola Stern\n', '  - name: Ola Stern-Vik\n')
        .replace(/ {2}- name: Ivo Brandt\n[\s\S]*?to: 2021-04-01\n/, '');
      fs.writeFileSync(path.join(dir, 'new.facts.yaml'), renamed);
      const r = await runCli(dir, ['tables', 'diff', 'old.facts.yaml', 'new.facts.yaml']);
      assert.deepEqual(r.stdout.trimEnd().split('\n'), ['Ola Stern-Vik: renamed from "Ola Stern"', 'Ivo Brandt: removed']);
    });

    it('reports a table with errors instead of comparing it (exit 2)', async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'old.facts.yaml'), TABLE);
      fs.writeFileSync(path.join(dir, 'new.facts.yaml'), 'version: 1\npeople: [{ nome: x }]\n');
      const r = await runCli(dir, ['tables', 'diff', 'old.facts.yaml', 'new.facts.yaml']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^new\.facts\.yaml:2:/m);
    });
  });

  describe('writing an imported table', () => {
    const io = (cwd: string) => {
      const out = { stdout: '', stderr: '' };
      return {
        out,
        io: {
          argv: [],
          cwd,
          env: {},
          stdout: (s: string) => (out.stdout += s),
          stderr: (s: string) => (out.stderr += s),
          isTTY: { stdout: false, stderr: false },
          readStdin: async () => '',
          now: new Date('2026-11-21T12:00:00Z'),
        },
      };
    };
    const doc = {
      version: 1 as const,
      asOf: '2026-11-20',
      offices: [{ id: 'zd-interior', title: 'Minister of the Interior', country: 'Zenda', wikidata: 'Q100' }],
      people: [{ name: 'Ola Stern', wikidata: 'Q7', roles: [{ office: 'zd-interior', from: '2021-04-02', source: 'Wikidata Q7' }] }],
    };

    it('writes a new table with its mark, then shows the changes of a re-import before writing them', () => {
      const dir = tempDir();
      const a = io(dir);
      assert.equal(imports.writeImported({ format: 'test', from: 'a fixture', doc, output: 'i.facts.yaml' }, a.io), 0);
      const text = fs.readFileSync(path.join(dir, 'i.facts.yaml'), 'utf8');
      assert.ok(text.startsWith(`${imports.IMPORT_MARK} test\n`), text);
      assert.match(text, /^ {8}from: 2021-04-02$/m);
      const b = io(dir);
      const later = { ...doc, people: [{ ...doc.people[0], roles: [{ ...doc.people[0].roles[0], to: '2026-02-10' }] }] };
      assert.equal(imports.writeImported({ format: 'test', from: 'a fixture', doc: later, output: 'i.facts.yaml', dryRun: true }, b.io), 0);
      assert.match(b.out.stdout, /^i\.facts\.yaml: 1 change\n {2}Ola Stern: term as Minister of the Interior \(Zenda\) ended 2026-02-10\ni\.facts\.yaml: not written \(--dry-run\)\n$/);
      assert.equal(fs.readFileSync(path.join(dir, 'i.facts.yaml'), 'utf8'), text);
      assert.equal(imports.writeImported({ format: 'test', from: 'a fixture', doc: later, output: 'i.facts.yaml' }, io(dir).io), 0);
      assert.match(fs.readFileSync(path.join(dir, 'i.facts.yaml'), 'utf8'), /^ {8}to: 2026-02-10$/m);
    });

    it('says why it cannot write the table, and writes nothing', () => {
      const dir = tempDir();
      const a = io(dir);
      const output = `${'i'.repeat(230)}.facts.yaml`;
      assert.equal(imports.writeImported({ format: 'test', from: 'a fixture', doc, output }, a.io), 2);
      assert.equal(a.out.stderr, `${output}: cannot write it (ENAMETOOLONG); nothing was written\n`);
      assert.deepEqual(fs.readdirSync(dir), []);
    });

    it('replaces a table it wrote that an editor saved with a byte-order mark', () => {
      const dir = tempDir();
      assert.equal(imports.writeImported({ format: 'test', from: 'a fixture', doc, output: 'i.facts.yaml' }, io(dir).io), 0);
      const file = path.join(dir, 'i.facts.yaml');
      fs.writeFileSync(file, `\ufeff${fs.readFileSync(file, 'utf8')}`);
      const later = { ...doc, people: [{ ...doc.people[0], roles: [{ ...doc.people[0].roles[0], to: '2026-02-10' }] }] };
      const again = io(dir);
      assert.equal(imports.writeImported({ format: 'test', from: 'a fixture', doc: later, output: 'i.facts.yaml' }, again.io), 0, again.out.stderr);
      assert.match(again.out.stdout, /^i\.facts\.yaml: 1 change\n/);
      assert.match(fs.readFileSync(file, 'utf8'), /^# factlint-import: test\n[\s\S]*^ {8}to: 2026-02-10$/m);
    });

    it('never writes over a table an import did not make, nor a table with errors', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'hand.facts.yaml'), TABLE);
      const a = io(dir);
      assert.equal(imports.writeImported({ format: 'test', from: 'a fixture', doc, output: 'hand.facts.yaml' }, a.io), 2);
      assert.match(a.out.stderr, /hand\.facts\.yaml was not written by "factlint tables import"/);
      assert.equal(fs.readFileSync(path.join(dir, 'hand.facts.yaml'), 'utf8'), TABLE);
      const b = io(dir);
      const broken = { ...doc, people: [{ name: 'Ola Stern', roles: [{ office: 'zd-interior', from: '2021-04-02', to: '2020-01-01' }] }] };
      assert.equal(imports.writeImported({ format: 'test', from: 'a fixture', doc: broken, output: 'new.facts.yaml' }, b.io), 2);
      assert.match(b.out.stderr, /has errors; new\.facts\.yaml was not written:\nnew\.facts\.yaml:\d+:\d+: /);
      assert.equal(fs.existsSync(path.join(dir, 'new.facts.yaml')), false);
    });
  });
});
