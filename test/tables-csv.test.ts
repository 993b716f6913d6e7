/**
 * `factlint tables import csv` and `factlint tables init --csv`, run in process over CSV files
 * written here: each kind of file, the rows of one person, every bad cell reported at its place,
 * byte-order marks and CRLF, and the templates' round trip.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Engine from '../server/src/engine';
import type * as Csv from '../server/src/cli/tables/csv-columns';
import type * as Tables from '../server/src/project/tables';
import { folder, removeFolders, ROOT } from './cli-helpers';
import { runCli } from './cli-inprocess';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseTable } = require(path.join(ROOT, 'server', 'out', 'engine')) as typeof Engine;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEFAULT_TABLE_FILE } = require(path.join(ROOT, 'server', 'out', 'project', 'tables')) as typeof Tables;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CSV_COLUMNS, CSV_KINDS } = require(path.join(ROOT, 'server', 'out', 'cli', 'tables', 'csv-columns')) as typeof Csv;

/** The table an import wrote, without its header comments. */
function body(dir: string, file = 'out.facts.yaml'): string {
  return fs
    .readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}

const importCsv = (dir: string, ...args: string[]) => runCli(dir, ['tables', 'import', 'csv', ...args, '--output', 'out.facts.yaml']);

describe('factlint tables import csv', () => {
  afterEach(removeFolders);

  it('imports_each_kind_of_file', async () => {
    const dir = folder({
      'offices.csv': 'id,title,aliases,country,wikidata,source\nzb-coast-minister,Minister of the Coast,Coast Minister|Coastal Minister,Zembla,Q99999001,gazette 4\n',
      'people.csv': 'name,aliases,wikidata,office,title,country,from,to,source\nMira Solvang,Solvang,,zb-coast-minister,,,2019-05,2021,gazette 7\n',
      'acronyms.csv': 'short,expansion,variants,source\nZHA,Zemblan Harbour Authority,ZAH|Zembla Harbour Authority,\n',
      'terms.csv': 'canonical,variants,source\nHarbour Accord,Harbor Accord,style guide\n',
      'milestones.csv': 'name,aliases,date,source\nHarbour Accord,the accord,2018-03-04,\n',
    });
    const r = await importCsv(dir, '--offices', 'offices.csv', '--people', 'people.csv', '--acronyms', 'acronyms.csv', '--terms', 'terms.csv', '--milestones', 'milestones.csv', '--as-of', '2026-01-31');
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^wrote out\.facts\.yaml: 1 office, 1 person/);
    assert.equal(
      body(dir),
      `version: 1
asOf: 2026-01-31
offices:
  - id: zb-coast-minister
    title: Minister of the Coast
    aliases:
      - Coast Minister
      - Coastal Minister
    country: Zembla
    wikidata: Q99999001
    source: gazette 4
people:
  - name: Mira Solvang
    aliases:
      - Solvang
    roles:
      - office: zb-coast-minister
        from: 2019-05
        to: 2021
        source: gazette 7
acronyms:
  - short: ZHA
    expansion: Zemblan Harbour Authority
    variants:
      - ZAH
      - Zembla Harbour Authority
terms:
  - canonical: Harbour Accord
    variants:
      - Harbor Accord
    source: style guide
milestones:
  - name: Harbour Accord
    aliases:
      - the accord
    date: 2018-03-04
`,
    );
    assert.match(fs.readFileSync(path.join(dir, 'out.facts.yaml'), 'utf8'), /^# factlint-import: csv\n# Written by "factlint tables import csv" on 2026-11-21 from offices\.csv, people\.csv, acronyms\.csv, terms\.csv, milestones\.csv\./);
  });

  it('joins_the_rows_of_one_name_into_one_person_and_matches_headers_in_any_case', async () => {
    const dir = folder({
      'people.csv': [
        'Title,NAME,From,to,Country,Aliases,Source',
        'Envoy to the Isles,Ilse Varn,2020,2022-06,Zembla,Varn,',
        ',Ilse Varn,,,,I. Varn|Varn,biography',
        'Chair of the Harbour Board,Ilse Varn,2022-07,,,,board minutes',
        ',Tomas Brek,,,,,',
      ].join('\n'),
    });
    const r = await importCsv(dir, '--people', 'people.csv');
    assert.equal(r.stderr, '');
    assert.equal(
      body(dir),
      `version: 1
people:
  - name: Ilse Varn
    aliases:
      - Varn
      - I. Varn
    roles:
      - title: Envoy to the Isles
        country: Zembla
        from: 2020
        to: 2022-06
      - title: Chair of the Harbour Board
        from: 2022-07
        source: board minutes
    source: biography
  - name: Tomas Brek
`,
    );
  });

  it('tells_two_people_of_one_name_apart_by_their_wikidata_items', async () => {
    const header = 'name,wikidata,title,from\n';
    const two = folder({ 'people.csv': `${header}Ann Lee,Q99999011,Mayor of Port Sel,2010\nAnn Lee,Q99999012,Judge of the Isles,2015\nAnn Lee,,Envoy,2020\n` });
    const r = await importCsv(two, '--people', 'people.csv');
    assert.equal(r.code, 2);
    assert.equal(r.stderr.split('\n')[0], 'people.csv:4:1: "Ann Lee" is the name of 2 people here (Q99999011, Q99999012): write this row\'s "wikidata" to say which');

    const one = folder({ 'people.csv': `${header}Ann Lee,,Envoy,2020\nAnn Lee,Q99999011,Mayor of Port Sel,2010\n` });
    assert.equal((await importCsv(one, '--people', 'people.csv')).code, 0);
    const table = body(one);
    assert.equal((table.match(/- name: Ann Lee/g) ?? []).length, 1, table);
    assert.match(table, /wikidata: Q99999011\n {4}roles:\n {6}- title: Envoy\n/);
  });

  it('reports_every_bad_cell_at_its_line_and_column_and_writes_nothing', async () => {
    const dir = folder({
      'people.csv': [
        'name,aliases,office,title,country,from,to,wikidata',
        'Mira Solvang,"Solvang|',
        'M. Solvang",zb-coast-minister,,,2019-05,2021,',
        'Tomas Brek,,zb-coast-minister,,,2021-13,,',
        ',Nameless,,Envoy,,,,',
        'Ilse Varn,,zb-coast-minister,Envoy,,,,',
        'Ilse Varn,,zb-coast-minister,,Zembla,,,',
        'Per Aune,,zb-coast-minister,,,2022,2021,',
        'Per Aune,,Coast Minister,,,,,https://www.wikidata.org/wiki/Q99999021',
        'Rolf Tand,,,,,1999,,',
        'Rolf Tand,,,,,3/5/2020,,,extra',
      ].join('\n'),
      'offices.csv': 'id,title\nzb-coast-minister,Minister of the Coast\nzb-coast-minister,Coast Minister\n,Minister of Ports\n',
      'acronyms.csv': 'short,expansion\nzha,Zemblan Harbour Authority\n',
    });
    const r = await importCsv(dir, '--people', 'people.csv', '--offices', 'offices.csv', '--acronyms', 'acronyms.csv');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      'offices.csv:3:1: office id "zb-coast-minister" is already on line 2: one row per office',
      'offices.csv:4:1: "id" is empty: write the office\'s id, in kebab-case ("example-foreign-minister"), which the people file\'s "office" column names',
      'people.csv:4:33: "2021-13" is not a real date: write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-12)',
      'people.csv:5:1: "name" is empty: write the full name as it should be written; rows with one name are one person',
      'people.csv:6:30: this row has both "office" and "title": keep "office" to name an office of a facts table, or "title" for a one-off title, not both',
      'people.csv:7:31: "country" goes only with a one-off "title"; an office\'s country is written on the office (in the offices file), so clear it here',
      'people.csv:8:31: this role starts (from: 2022) after it ends (to: 2021): swap the two dates or correct one of them',
      'people.csv:9:11: "Coast Minister" is not an office id: office ids are kebab-case, e.g. "coast-minister"',
      'people.csv:9:30: "https://www.wikidata.org/wiki/Q99999021" is not a Wikidata item id: write Q followed by its digits, here "Q99999021"',
      'people.csv:10:15: "from" belongs to a role, but this row has no "office" or "title": add the office\'s id or the title, or clear the cell',
      'people.csv:11:26: this row has 9 cells but the header names 8: a cell that holds a comma must be in double quotes',
      'acronyms.csv:2:1: acronym "zha" must be written as it appears in copy, with at least one capital letter and no spaces, e.g. "ZHA"',
      'factlint tables: 12 errors in the CSV files; out.facts.yaml was not written',
    ]);
    assert.equal(fs.existsSync(path.join(dir, 'out.facts.yaml')), false);
  });

  it('says_what_is_wrong_with_a_header', async () => {
    const dir = folder({
      'unknown.csv': 'name,alias,start\nMira Solvang,Solvang,2019\n',
      'missing.csv': 'short,variants\nZHA,ZAH\n',
      'twice.csv': 'canonical,variants,Canonical\nHarbour Accord,,\n',
      'semicolons.csv': 'name;date\nHarbour Accord;2018\n',
      'empty.csv': '\n\n',
    });
    const errors = async (kind: string, file: string) => (await importCsv(dir, `--${kind}`, file)).stderr.split('\n')[0];
    const columns = 'the columns are name, aliases, wikidata, office, title, country, from, to, source';
    assert.equal(await errors('people', 'unknown.csv'), `unknown.csv:1:6: unknown column "alias" in the --people file (did you mean "aliases"?): ${columns}`);
    assert.equal(await errors('acronyms', 'missing.csv'), 'missing.csv:1:1: the header has no "expansion" column, which the --acronyms file needs: add it (the columns are short, expansion, variants, source)');
    assert.equal(await errors('terms', 'twice.csv'), 'twice.csv:1:20: the column "canonical" is already at column 1: keep one');
    assert.match(await errors('milestones', 'semicolons.csv'), /^semicolons\.csv:1:1: the cells of this file are separated by semicolons: save it as comma-separated CSV/);
    assert.match(await errors('milestones', 'empty.csv'), /^empty\.csv:1:1: the file has no header row: start it with the column names, e\.g\. "name,aliases,date,source"$/);
  });

  it('reads_a_byte_order_mark_and_crlf_as_a_spreadsheet_writes_them', async () => {
    const lines = ['name,aliases,date,source', 'Harbour Accord,"the accord|', 'the pact",2018-03-04,"minutes, p. 4"', 'Coast Day,,2019-13,'];
    const plain = folder({ 'm.csv': lines.slice(0, 3).join('\n') + '\n' });
    const excel = folder({ 'm.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.slice(0, 3).join('\r\n').replace('|\n', '|\r\n') + '\r\n')]) });
    assert.equal((await importCsv(plain, '--milestones', 'm.csv')).code, 0);
    assert.equal((await importCsv(excel, '--milestones', 'm.csv')).code, 0);
    assert.equal(body(excel), body(plain));
    assert.match(body(excel), /aliases:\n {6}- the accord\n {6}- the pact\n/);

    // Places after a byte-order mark and a quoted cell across CRLF lines are the lines the file shows.
    const bad = folder({ 'm.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(['Name,Aliases,Date,Sourse', ...lines.slice(1)].join('\r\n'))]) });
    const r = await importCsv(bad, '--milestones', 'm.csv');
    assert.equal(r.stderr.split('\n')[0], 'm.csv:1:19: unknown column "Sourse" in the --milestones file: the columns are name, aliases, date, source');
    const fixed = folder({ 'm.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'))]) });
    assert.equal((await importCsv(fixed, '--milestones', 'm.csv')).stderr.split('\n')[0], 'm.csv:4:12: "2019-13" is not a real date: write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-12)');
  });

  it('reports_a_file_that_is_not_utf8_or_not_csv', async () => {
    const dir = folder({ 'latin1.csv': Buffer.from('canonical\nCaf\xe9 Accord\n', 'latin1'), 'quote.csv': 'canonical\n"Harbour Accord\n' });
    assert.equal((await importCsv(dir, '--terms', 'latin1.csv')).stderr.split('\n')[0], 'latin1.csv:2:4: this byte is not UTF-8: save the file as UTF-8 (in a spreadsheet: "CSV UTF-8")');
    assert.match((await importCsv(dir, '--terms', 'quote.csv')).stderr.split('\n')[0], /^quote\.csv:2:1: this cell opens a quote that is never closed/);
    const missing = await importCsv(dir, '--terms', 'nowhere.csv');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^nowhere\.csv: cannot read it \(ENOENT\)\n/);
  });

  it('leaves_offices_it_does_not_define_to_the_loader_as_a_hand_written_table_does', async () => {
    const defaults = parseTable({ name: 'default', file: null, text: fs.readFileSync(DEFAULT_TABLE_FILE, 'utf8') });
    const known = defaults.facts?.offices[0].id as string;
    const dir = folder({ 'people.csv': `name,office\nMira Solvang,${known}\nTomas Brek,no-such-office\n` });
    assert.equal((await importCsv(dir, '--people', 'people.csv')).code, 0);
    const check = await runCli(dir, ['tables', 'check', 'out.facts.yaml']);
    assert.equal(check.code, 2);
    assert.match(check.stderr, /out\.facts\.yaml:\d+:\d+: .*"no-such-office"/);
    assert.doesNotMatch(check.stderr, new RegExp(`"${known}"`));
  });

  it('needs_a_file_and_an_output_and_writes_nothing_on_a_dry_run', async () => {
    const dir = folder({ 'terms.csv': 'canonical\nHarbour Accord\n' });
    const none = await runCli(dir, ['tables', 'import', 'csv', '--output', 'out.facts.yaml']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /import csv needs at least one file: --offices FILE, --people FILE/);
    assert.match((await runCli(dir, ['tables', 'import', 'csv', '--terms', 'terms.csv'])).stderr, /needs --output FILE/);
    assert.match((await importCsv(dir, '--terms', 'terms.csv', '--as-of', '2026-02-30')).stderr, /--as-of "2026-02-30" is not a day/);
    const dry = await importCsv(dir, '--terms', 'terms.csv', '--dry-run');
    assert.equal(dry.code, 0);
    assert.equal(fs.existsSync(path.join(dir, 'out.facts.yaml')), false);
  });
});

describe('docs/facts-tables.md on CSV imports', () => {
  it('lists_each_files_columns_as_the_importer_reads_them', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'docs', 'facts-tables.md'), 'utf8');
    const start = readme.indexOf('## Importing from Popolo and spreadsheets');
    assert.ok(start >= 0, 'docs/facts-tables.md has no section "Importing from Popolo and spreadsheets"');
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    const rows = new Map<string, string>();
    for (const m of section.matchAll(/^\| `--([a-z]+)` \| (.*) \|$/gm)) rows.set(m[1], m[2]);
    assert.deepEqual([...rows.keys()], [...CSV_KINDS]);
    for (const kind of CSV_KINDS) {
      const written = CSV_COLUMNS[kind].map((c) => (c.required ? `**\`${c.name}\`**` : `\`${c.name}\``)).join(', ');
      assert.equal(rows.get(kind), written, `docs/facts-tables.md's row for --${kind}`);
    }
  });
});

describe('factlint tables init --csv', () => {
  afterEach(removeFolders);

  it('writes_templates_whose_import_is_a_table_that_checks_and_matches_the_starter', async () => {
    const dir = folder({});
    const init = await runCli(dir, ['tables', 'init', '--csv', '--beat', 'Coast Desk']);
    assert.equal(init.code, 0, init.stderr);
    const templates = CSV_KINDS.map((k) => `coast-desk.${k}.csv`);
    assert.deepEqual(fs.readdirSync(dir).sort(), [...templates, '.factlint.yaml', 'coast-desk.facts.yaml'].sort());
    for (const [i, kind] of CSV_KINDS.entries()) {
      const [header, example, end] = fs.readFileSync(path.join(dir, templates[i]), 'utf8').split('\n');
      assert.equal(header, CSV_COLUMNS[kind].map((c) => c.name).join(','));
      assert.notEqual(example, '');
      assert.equal(end, '');
    }
    // The command init prints makes the same table again, and the table checks.
    const command = /\n {2}factlint (tables import csv .*)\n$/.exec(init.stdout)?.[1];
    assert.ok(command, init.stdout);
    const again = await runCli(dir, command.split(' '));
    assert.deepEqual([again.code, again.stdout], [0, 'coast-desk.facts.yaml: no changes\n']);
    const check = await runCli(dir, ['tables', 'check', 'coast-desk.facts.yaml']);
    assert.deepEqual([check.code, check.stderr], [0, '']);

    // The templates hold the starter table's examples: only the starter's asOf tells them apart.
    const starter = folder({});
    assert.equal((await runCli(starter, ['tables', 'init', '--beat', 'Coast Desk'])).code, 0);
    const diff = await runCli(dir, ['tables', 'diff', path.join(starter, 'coast-desk.facts.yaml'), 'coast-desk.facts.yaml']);
    assert.deepEqual(diff.stdout.trimEnd().split('\n'), ['asOf none, was 2026-11-21']);
  });

  it('refuses_to_overwrite_unless_forced_and_then_replaces_a_hand_written_table', async () => {
    const dir = folder({ 'newsroom.people.csv': 'name\nMira Solvang\n', 'newsroom.facts.yaml': 'version: 1\n' });
    const refused = await runCli(dir, ['tables', 'init', '--csv']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /newsroom\.people\.csv, newsroom\.facts\.yaml already exist; nothing was written/);
    assert.equal(fs.readFileSync(path.join(dir, 'newsroom.people.csv'), 'utf8'), 'name\nMira Solvang\n');
    const forced = await runCli(dir, ['tables', 'init', '--csv', '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'newsroom.facts.yaml'), 'utf8'), /^# factlint-import: csv\n/);
    assert.match(fs.readFileSync(path.join(dir, 'newsroom.people.csv'), 'utf8'), /^name,aliases,wikidata,office,title,country,from,to,source\nAda Example,/);
  });
});
