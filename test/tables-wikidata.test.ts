/**
 * `factlint tables import wikidata --input`: fictional items in Wikidata's own JSON
 * (test/wikidata) made into tables, and a table imported from 70 people then used to check a
 * draft. The converter's rules one by one are in server/src/cli/tables/wikidata/convert.test.ts.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { folder, removeFolders } from './cli-helpers';
import { runCli } from './cli-inprocess';
import { fixture, run, WIKIDATA } from './wikidata-run';

const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

interface Table {
  asOf: string;
  offices: { id: string; title: string; country?: string; wikidata: string }[];
  people: { name: string; wikidata: string; aliases?: string[]; roles: { office: string; from?: string | number; to?: string | number; source: string }[] }[];
  acronyms?: { short: string }[];
  milestones?: { name: string }[];
}

const read = (dir: string, file: string) => parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Table;

describe('tables import wikidata (offline)', () => {
  afterEach(removeFolders);

  it('makes_the_table_of_an_entitydata_document', async () => {
    const dir = folder({ 'entitydata.json': fixture('entitydata.json') });
    const r = await run(dir, ['tables', 'import', 'wikidata', '--input', 'entitydata.json', '--output', 'valdoria.facts.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'wrote valdoria.facts.yaml: 3 offices, 6 people (2 in office now), 7 roles; 1 acronym, 0 terms, 1 milestone; dates from 1995-04-11 to 2020-06; asOf 2026-11-21\n');
    assert.deepEqual(r.stderr.split('\n'), [
      'factlint tables: 1 role names an office that entitydata.json does not hold, so it was left out: Q7199999; add that item to entitydata.json to import it',
      'factlint tables: 1 item in entitydata.json has no label in en, mul, so it was left out, with any role in it: Q7200007',
      'factlint tables: 1 role ended at a time Wikidata does not give to the year (an end of "unknown value" or a coarser date, or a successor named without an end) and no successor\'s start in the same office is at hand, so it was left out: Q7200003 (Q7200003$5A1C7C2E-0012)',
      '',
    ]);
    const expected = path.join(WIKIDATA, 'entitydata.facts.yaml');
    const written = fs.readFileSync(path.join(dir, 'valdoria.facts.yaml'), 'utf8');
    if (UPDATE) fs.writeFileSync(expected, written);
    assert.equal(written, fs.readFileSync(expected, 'utf8'), 'test/wikidata/entitydata.facts.yaml (UPDATE_SNAPSHOTS=1 rewrites it)');
  });

  it('reads_a_dump_and_rewrites_nothing_when_nothing_changed', async () => {
    const dir = folder({ 'officeholders.json': fixture('officeholders.json') });
    const args = ['tables', 'import', 'wikidata', '--input', 'officeholders.json', '--output', 'holders.facts.yaml'];
    const first = await run(dir, args);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, '');
    const t = read(dir, 'holders.facts.yaml');
    assert.equal(t.people.length, 70);
    assert.equal(t.offices.length, 6);
    assert.equal(new Set(t.people.map((p) => p.name)).size, 69, 'two people share a name, kept apart by their items');
    const again = await run(dir, args);
    assert.deepEqual([again.code, again.stdout], [0, 'holders.facts.yaml: no changes\n']);
  });

  it('keeps_only_roles_since_a_year_and_in_the_offices_asked_for', async () => {
    const dir = folder({ 'officeholders.json': fixture('officeholders.json') });
    const r = await run(dir, ['tables', 'import', 'wikidata', '--input', 'officeholders.json', '--output', 'o.facts.yaml', '--since', '2020', '--office', 'Q7100002']);
    assert.equal(r.code, 0, r.stderr);
    const t = read(dir, 'o.facts.yaml');
    assert.deepEqual(
      t.people.map((p) => [p.name, p.roles.map((x) => `${x.office} ${x.from}..${x.to ?? ''}`)]),
      [
        ['Corvin Karst', ['minister-of-foreign-affairs-q7100002 2016-09-22..2021-08-25']],
        ['Emil Lunde', ['minister-of-foreign-affairs-q7100002 2024-11-28..']],
        ['Liska Pell', ['minister-of-foreign-affairs-q7100002 2023-01..2024-11-28']],
        ['Rasmus Ulvik', ['minister-of-foreign-affairs-q7100002 2021-08..2023-01-25']],
      ],
    );
    assert.deepEqual(t.offices.map((o) => o.id), ['minister-of-foreign-affairs-q7100002']);
    assert.deepEqual(t.acronyms?.map((a) => a.short), ['VCU'], 'other items are still imported');
  });

  it('takes_names_in_the_language_asked_for_and_the_as_of_given', async () => {
    const dir = folder({ 'entitydata.json': fixture('entitydata.json') });
    const r = await run(dir, ['tables', 'import', 'wikidata', '--input', 'entitydata.json', '--output', 'fr.facts.yaml', '--lang', 'fr', '--as-of', '2026-10-02']);
    assert.equal(r.code, 0, r.stderr);
    const t = read(dir, 'fr.facts.yaml');
    assert.equal(t.asOf, '2026-10-02');
    assert.equal(t.offices.find((o) => o.wikidata === 'Q7100002')?.country, 'Valdorie');
    assert.deepEqual(t.people.find((p) => p.wikidata === 'Q7200001')?.aliases, undefined, 'aliases in French only');
  });

  it('writes_nothing_on_a_dry_run', async () => {
    const dir = folder({ 'entitydata.json': fixture('entitydata.json') });
    const r = await run(dir, ['tables', 'import', 'wikidata', '--input', 'entitydata.json', '--output', 'v.facts.yaml', '--dry-run']);
    assert.deepEqual([r.code, r.stdout], [0, 'v.facts.yaml: not written (--dry-run)\n']);
    assert.equal(fs.existsSync(path.join(dir, 'v.facts.yaml')), false);
  });

  it('names_the_line_and_column_of_json_it_cannot_read_and_writes_nothing', async () => {
    const broken = fixture('entitydata.json').replace('"id": "Q7100007",', '"id": "Q7100007",,');
    const dir = folder({ 'broken.json': broken, 'dump.json': `[\n${JSON.stringify({ id: 'Q1', type: 'item', labels: {} })},\n{"id": "Q2", "type": item},\n]\n` });
    const whole = await run(dir, ['tables', 'import', 'wikidata', '--input', 'broken.json', '--output', 'b.facts.yaml']);
    const line = broken.split('\n').findIndex((l) => l.includes('"Q7100007",,')) + 1;
    const column = broken.split('\n')[line - 1].indexOf(',,') + 2;
    assert.equal(whole.code, 2);
    assert.match(whole.stderr, new RegExp(`^broken\\.json:${line}:${column}: this is not valid JSON: expected a property name in double quotes; Wikidata entity JSON is expected: .*; nothing was written\\n$`));
    const dump = await run(dir, ['tables', 'import', 'wikidata', '--input', 'dump.json', '--output', 'b.facts.yaml']);
    assert.equal(dump.code, 2);
    assert.match(dump.stderr, /^dump\.json:3:22: this is not valid JSON: expected a value: /);
    assert.equal(fs.existsSync(path.join(dir, 'b.facts.yaml')), false);
  });

  it('says_what_it_expects_of_json_that_holds_no_entities', async () => {
    const dir = folder({ 'results.json': '{"head": {"vars": ["person"]}, "results": {"bindings": []}}\n', 'empty.json': '{"entities": {}}' });
    const r = await run(dir, ['tables', 'import', 'wikidata', '--input', 'results.json', '--output', 'x.facts.yaml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^results\.json: the JSON is not a Wikidata entity .*Special:EntityData or wbgetentities, or a dump/);
    const empty = await run(dir, ['tables', 'import', 'wikidata', '--input', 'empty.json', '--output', 'x.facts.yaml']);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /^factlint tables: empty\.json holds nothing to import: no person with a position held \(P39\), .*; nothing was written\n$/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['empty.json', 'results.json']);
  });

  it('reports_mistakes_in_its_options', async () => {
    const dir = folder({});
    const cases: [string[], RegExp][] = [
      [['--input', 'x.json'], /needs --output FILE/],
      [['--output', 'x.facts.yaml'], /needs --input FILE \(Wikidata entity JSON\) or --office QID/],
      [['--office', 'foreign minister', '--output', 'x.facts.yaml'], /--office "foreign minister" is not a Wikidata item id/],
      [['--input', 'x.json', '--output', 'x.facts.yaml', '--api', 'http://127.0.0.1:1/w/api.php'], /--api is for the online import/],
      [['--input', 'x.json', '--output', 'x.facts.yaml', '--since', '20'], /--since "20" is not a year/],
      [['--input', 'x.json', '--output', 'x.facts.yaml', '--as-of', '2026-02-30'], /--as-of "2026-02-30" is not a day/],
      [['--office', 'Q1', '--output', 'x.facts.yaml', '--api', 'http://127.0.0.1:1/api'], /--api "http:\/\/127\.0\.0\.1:1\/api" is not the URL of a MediaWiki api\.php/],
      [['--office', 'Q1', '--output', 'x.facts.yaml', '--request-interval', 'soon'], /--request-interval "soon" is not a number of seconds/],
      [['--input', 'x.json', '--output', 'x.facts.yaml', '--lang', 'english!'], /--lang "english!" is not a language code/],
      [['--input', 'x.json', '--output', 'x.facts.yaml', 'extra'], /Unexpected argument 'extra'/],
    ];
    for (const [args, message] of cases) {
      const r = await run(dir, ['tables', 'import', 'wikidata', ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.match(r.stderr, /^factlint tables: .*\nRun "factlint tables --help" for the commands\.\n$/);
    }
    const missing = await run(dir, ['tables', 'import', 'wikidata', '--input', 'nowhere.json', '--output', 'x.facts.yaml']);
    assert.deepEqual([missing.code, missing.stderr], [2, 'nowhere.json: cannot read it (ENOENT); nothing was written\n']);
  });

  it('reports_a_byte_that_is_not_utf8_at_its_place_as_the_other_importers_do_and_writes_nothing', async () => {
    const text = fixture('entitydata.json');
    const at = text.indexOf('"value": "') + '"value": "'.length;
    const latin1 = Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0xe9]), Buffer.from(text.slice(at), 'utf8')]);
    const dir = folder({ 'latin1.json': latin1 });
    const r = await run(dir, ['tables', 'import', 'wikidata', '--input', 'latin1.json', '--output', 'x.facts.yaml']);
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    assert.deepEqual([r.code, r.stderr], [2, `latin1.json:${line}:${column}: this byte is not UTF-8: Wikidata's entity JSON is UTF-8; nothing was written\n`]);
    assert.equal(fs.existsSync(path.join(dir, 'x.facts.yaml')), false);
  });

  it('is_listed_and_has_help', async () => {
    const dir = folder({});
    const list = await run(dir, ['tables', '--help']);
    assert.match(list.stdout, /import +make a table from other data: .*wikidata/);
    const help = await run(dir, ['tables', 'import', 'wikidata', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: factlint tables import wikidata --input FILE --output OUT\.facts\.yaml/);
    assert.match(help.stdout, /--request-interval SECS/);
  });

  it('makes_a_table_that_finds_a_wrong_title_and_a_wrong_tenure_in_a_draft', async () => {
    const dir = folder({
      'officeholders.json': fixture('officeholders.json'),
      'draft.md': [
        '---',
        'date: 2024-05-10',
        '---',
        '',
        'Finance Minister Greta Nyberg told reporters in Valdoria that the budget would pass.',
        '',
        'Corvin Karst became Foreign Minister in 2015 and served until 2021.',
        '',
        'Merovian President Yara Brennick spoke after her.',
        '',
      ].join('\n'),
    });
    const imported = await run(dir, ['tables', 'import', 'wikidata', '--input', 'officeholders.json', '--output', 'holders.facts.yaml']);
    assert.equal(imported.code, 0, imported.stderr);
    const check = await runCli(dir, ['--no-default-facts', '--facts', 'holders.facts.yaml', '--format', 'json', 'draft.md']);
    const report = JSON.parse(check.stdout) as { files: { findings: { rule: string; text: string; message: string; line: number }[] }[] };
    const findings = report.files[0].findings.map((f) => [f.rule, f.line, f.text]);
    assert.deepEqual(findings, [
      ['title', 5, 'Finance Minister'],
      ['tenure', 7, '2015'],
    ]);
    assert.equal(check.code, 1);
    const [title, tenure] = report.files[0].findings;
    assert.match(title.message, /^Greta Nyberg never held the title "Finance Minister"; Finance Minister on 2024-05-10: Hale Ashby/);
    assert.match(tenure.message, /^Corvin Karst became Minister of Foreign Affairs on 2016-09-22, not 2015/);
  });
});
