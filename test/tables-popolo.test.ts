/**
 * `factlint tables import popolo`, run in process over small Popolo documents written here (the
 * people, bodies and places are made up): what becomes what, what is left out with a warning,
 * and a file that is not JSON.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { folder, removeFolders } from './cli-helpers';
import { runCli } from './cli-inprocess';

/** The table an import wrote, without its header comments. */
function body(dir: string): string {
  return fs
    .readFileSync(path.join(dir, 'out.facts.yaml'), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}

/** Imports `doc` (an object, or the file's text) from `p.json` into `out.facts.yaml`. */
async function importPopolo(doc: object | string, ...args: string[]) {
  const dir = folder({ 'p.json': typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2) });
  const run = await runCli(dir, ['tables', 'import', 'popolo', '--input', 'p.json', '--output', 'out.facts.yaml', ...args]);
  return { ...run, dir, warnings: run.stderr.split('\n').filter((l) => l !== '') };
}

/** A small legislature and cabinet of a made-up country. */
const ZEMBLA = {
  persons: [
    {
      id: 'p1',
      name: 'Mira Solvang',
      other_names: [{ name: 'M. Solvang' }, { name: 'Mira Solvang' }, { name: 'Solvang Mira', note: 'family name first' }],
      identifiers: [
        { scheme: 'everypolitician_legacy', identifier: 'x-1' },
        { scheme: 'wikidata', identifier: 'Q99999101' },
      ],
    },
    { id: 'p2', name: 'Tomas Brek' },
    { id: 'p3', name: 'Ilse Varn' },
  ],
  areas: [
    { id: 'area/zembla', name: 'Zembla', classification: 'country' },
    { id: 'area/north', name: 'North Shore', classification: 'constituency' },
  ],
  organizations: [
    { id: 'org/cabinet', name: 'Cabinet of Zembla', classification: 'executive' },
    { id: 'org/harbour', name: 'Zemblan Harbour Authority', other_names: [{ name: 'ZHA', note: 'Abbreviation' }, { name: 'Harbour Board', note: 'former name' }] },
    { id: 'org/assembly', name: 'Assembly of Zembla', abbreviation: 'AZ' },
  ],
  posts: [
    { id: 'post/coast', label: 'Minister of the Coast', other_label: ['Coast Minister'], organization_id: 'org/cabinet', area_id: 'area/zembla' },
    { id: 'post/north', label: 'Member for North Shore', organization_id: 'org/assembly', area_id: 'area/north' },
  ],
  memberships: [
    { id: 'm1', person_id: 'p1', post_id: 'post/coast', start_date: '2019-05-01', end_date: '2021' },
    { id: 'm2', person_id: 'p2', post_id: 'post/coast', start_date: '2021-06-02T09:00:00Z' },
    { id: 'm3', person_id: 'p3', organization_id: 'org/harbour', role: 'chair', start_date: '2020-02' },
    { id: 'm4', person_id: 'p3', post_id: 'post/north', start_date: '2018' },
    { id: 'm5', person_id: 'p3', organization_id: 'org/assembly', label: 'Speaker of the Assembly', start_date: '2022-01-10', end_date: '' },
    { id: 'm6', person_id: 'p2', organization_id: 'org/assembly' },
  ],
  events: [
    { id: 'e1', name: 'Harbour Accord', start_date: '2018-03-04T10:00:00+02:00', classification: 'treaty' },
    { id: 'e2', name: 'Coast Week', classification: 'festival' },
  ],
};

describe('factlint tables import popolo', () => {
  afterEach(removeFolders);

  it('makes_people_offices_roles_acronyms_and_milestones', async () => {
    const r = await importPopolo(ZEMBLA, '--as-of', '2026-01-31');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.warnings, ['p.json: 1 membership has no post, label, or role in a named organization, so no title to import: left out']);
    assert.equal(
      body(r.dir),
      `version: 1
asOf: 2026-01-31
offices:
  - id: minister-of-the-coast-post-coast
    title: Minister of the Coast
    aliases:
      - Coast Minister
    country: Zembla
    source: "p.json: post post/coast"
  - id: member-for-north-shore-post-north
    title: Member for North Shore
    source: "p.json: post post/north"
people:
  - name: Mira Solvang
    aliases:
      - M. Solvang
      - Solvang Mira
    wikidata: Q99999101
    roles:
      - office: minister-of-the-coast-post-coast
        from: 2019-05-01
        to: 2021
        source: "p.json: membership m1"
    source: "p.json: person p1"
  - name: Tomas Brek
    roles:
      - office: minister-of-the-coast-post-coast
        from: 2021-06-02
        source: "p.json: membership m2"
    source: "p.json: person p2"
  - name: Ilse Varn
    roles:
      - title: Chair of Zemblan Harbour Authority
        from: 2020-02
        source: "p.json: membership m3"
      - office: member-for-north-shore-post-north
        from: 2018
        source: "p.json: membership m4"
      - title: Speaker of the Assembly
        from: 2022-01-10
        source: "p.json: membership m5"
    source: "p.json: person p3"
acronyms:
  - short: ZHA
    expansion: Zemblan Harbour Authority
    source: "p.json: organization org/harbour"
  - short: AZ
    expansion: Assembly of Zembla
    source: "p.json: organization org/assembly"
milestones:
  - name: Harbour Accord
    date: 2018-03-04
    source: "p.json: event e1"
`,
    );
    const check = await runCli(r.dir, ['tables', 'check', 'out.facts.yaml']);
    assert.deepEqual([check.code, check.stderr], [0, '']);
  });

  it('gives_every_office_and_one_off_title_the_country_named_on_the_command_line', async () => {
    const r = await importPopolo(ZEMBLA, '--country', 'Zembla');
    assert.equal(r.code, 0);
    assert.equal((body(r.dir).match(/country: Zembla/g) ?? []).length, 4, body(r.dir));
  });

  it('takes_a_country_only_from_an_area_or_organization_classified_as_one', async () => {
    const r = await importPopolo({
      organizations: [{ id: 'o1', name: 'Republic of Zembla', classification: 'Country' }, { id: 'o2', name: 'Harbour Board' }],
      areas: [{ id: 'a1', name: 'North Shore', classification: 'constituency' }],
      posts: [
        { id: 'x', label: 'President', organization_id: 'o1' },
        { id: 'y', label: 'Member for North Shore', area_id: 'a1', organization_id: 'o2' },
      ],
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(body(r.dir), /title: President\n {4}country: Republic of Zembla\n/);
    assert.match(body(r.dir), /title: Member for North Shore\n {4}source/);
  });

  it('leaves_out_dates_it_cannot_read_and_says_so', async () => {
    const r = await importPopolo({
      persons: [{ id: 'p1', name: 'Tomas Brek' }],
      posts: [{ id: 'x', label: 'Harbour Master' }],
      memberships: [
        { id: 'm1', person_id: 'p1', post_id: 'x', start_date: '5 May 2020', end_date: '2021-02-30' },
        { id: 'm2', person_id: 'p1', post_id: 'x', start_date: '2023', end_date: '2022-12' },
        { person_id: 'p1', post_id: 'x', start_date: 2024 },
      ],
      events: [{ id: 'e1', name: 'Coast Week', start_date: '2019/07' }],
    });
    assert.equal(r.code, 0);
    assert.deepEqual(r.warnings, [
      'p.json: membership m1: start_date "5 May 2020" is not a date (YYYY, YYYY-MM or YYYY-MM-DD): imported without it',
      'p.json: membership m1: end_date "2021-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD): imported without it',
      'p.json: membership m2: it starts (2023) after it ends (2022-12): imported without its dates',
      'p.json: membership #3: start_date 2024 is not a date (YYYY, YYYY-MM or YYYY-MM-DD): imported without it',
      'p.json: event e1: start_date "2019/07" is not a date (YYYY, YYYY-MM or YYYY-MM-DD): imported without it',
    ]);
    // The three memberships are one role held at some time, once.
    assert.match(body(r.dir), /roles:\n {6}- office: harbour-master-x\n {8}source: "p\.json: membership m1"\n {4}source/);
    assert.doesNotMatch(body(r.dir), /milestones/);
  });

  it('leaves_out_people_of_one_name_that_no_wikidata_item_tells_apart', async () => {
    const item = (q: string) => [{ scheme: 'wikidata', identifier: q }];
    const r = await importPopolo({
      persons: [
        { id: 'p1', name: 'Ann Lee' },
        { id: 'p2', name: 'Ann Lee', identifiers: item('Q99999201') },
        { id: 'p3', name: 'Per Aune', identifiers: item('Q99999202') },
        { id: 'p4', name: 'Per Aune', identifiers: item('Q99999203') },
        { id: 'p5', name: 'Rolf Tand', identifiers: item('Q99999204') },
        { id: 'p6', name: 'Rolf Tande', identifiers: item('Q99999204') },
        { id: 'p7', name: 'Ilse Varn', identifiers: item('wd:Q99999205') },
      ],
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.warnings, [
      'p.json: person p7: the wikidata identifier "wd:Q99999205" is not an item id (Q…): imported without it',
      'p.json: persons p1, p2 are all named "Ann Lee" and no Wikidata item of their own tells them apart: left out',
      'p.json: persons p5, p6 have the same Wikidata item Q99999204: left out',
    ]);
    assert.deepEqual(body(r.dir).match(/- name: .*/g), ['- name: Per Aune', '- name: Per Aune', '- name: Ilse Varn']);
  });

  it('keeps_an_abbreviation_only_when_it_is_marked_as_one_and_unambiguous', async () => {
    const r = await importPopolo({
      organizations: [
        { id: 'o1', name: 'Harbour Board', other_names: [{ name: 'HB', note: 'acronym' }, { name: 'the Board' }] },
        { id: 'o2', name: 'Heritage Bureau', other_names: [{ name: 'HB', note: 'abbreviation' }] },
        { id: 'o3', name: 'Coast Guard', other_names: [{ name: 'coast guard', note: 'abbreviation' }, { name: 'CG' }] },
        { id: 'o4', name: 'Port Authority', abbreviation: 'PA' },
      ],
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.warnings, ['p.json: the abbreviation HB is given to "Harbour Board" and "Heritage Bureau": left out']);
    assert.equal(body(r.dir), 'version: 1\nacronyms:\n  - short: PA\n    expansion: Port Authority\n    source: "p.json: organization o4"\n');
  });

  it('keeps_office_ids_apart_when_two_posts_would_share_one', async () => {
    const r = await importPopolo({ posts: [{ id: 'x/1', label: 'Harbour Master' }, { id: 'x-1', label: 'Harbour Master' }, { id: 'y', label: 'Mayor', other_labels: [{ name: 'City Mayor' }] }] });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(body(r.dir).match(/- id: .*/g), ['- id: harbour-master-x-1', '- id: harbour-master-x-1-2', '- id: mayor-y']);
    assert.match(body(r.dir), /aliases:\n {6}- City Mayor\n/);
  });

  it('warns_about_memberships_of_people_and_posts_the_file_does_not_have', async () => {
    const r = await importPopolo({
      persons: [{ id: 'p1', name: 'Tomas Brek' }],
      posts: [{ id: 'x', label: 'Harbour Master' }, { id: 'z' }],
      memberships: [
        { id: 'm1', person_id: 'p9', post_id: 'x' },
        { id: 'm2', person_id: 'p1', post_id: 'y' },
        { id: 'm3', person_id: 'p1', post_id: 'z' },
      ],
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.warnings, [
      'p.json: post z has no label to be its title: left out, with its memberships',
      'p.json: membership m1: person p9 is not in the file: left out',
      'p.json: membership m2: post y is not in the file: left out',
    ]);
  });

  it('reports_json_that_does_not_parse_at_its_line_and_column_and_writes_nothing', async () => {
    const r = await importPopolo('{\n  "persons": [\n    {"id": "p1", "name": "Tomas Brek"},\n  ]\n}\n');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.deepEqual(r.warnings, ['p.json:4:3: this is not valid JSON: a comma before "]": remove it; nothing was written']);
    assert.equal(fs.existsSync(path.join(r.dir, 'out.facts.yaml')), false);

    const notPopolo = await importPopolo('[{"id": "p1"}]');
    assert.equal(notPopolo.code, 2);
    assert.match(notPopolo.stderr, /^p\.json: this is not a Popolo document: a JSON object with lists of "persons"/);
    const bom = await importPopolo('\ufeff{"persons": [{"id": "p1", "name": "Tomas Brek"}]}');
    assert.equal(bom.code, 0, bom.stderr);
  });

  it('writes_no_empty_table_and_so_never_empties_an_earlier_import_as_the_wikidata_import_does', async () => {
    const r = await importPopolo(ZEMBLA);
    assert.equal(r.code, 0, r.stderr);
    const before = fs.readFileSync(path.join(r.dir, 'out.facts.yaml'), 'utf8');
    fs.writeFileSync(path.join(r.dir, 'p.json'), JSON.stringify({ persons: [], memberships: [] }));
    const empty = await runCli(r.dir, ['tables', 'import', 'popolo', '--input', 'p.json', '--output', 'out.facts.yaml']);
    assert.deepEqual([empty.code, empty.stdout, empty.stderr], [2, '', 'factlint tables: there is nothing to import in p.json; out.facts.yaml was not written\n']);
    assert.equal(fs.readFileSync(path.join(r.dir, 'out.facts.yaml'), 'utf8'), before);
  });

  it('needs_an_input_and_an_output_and_prints_the_changes_of_a_new_import', async () => {
    const r = await importPopolo(ZEMBLA);
    assert.equal(r.code, 0);
    assert.match((await runCli(r.dir, ['tables', 'import', 'popolo', '--output', 'o.facts.yaml'])).stderr, /import popolo needs --input FILE/);
    assert.match((await runCli(r.dir, ['tables', 'import', 'popolo', '--input', 'p.json'])).stderr, /import popolo needs --output FILE/);
    const changed = { ...ZEMBLA, memberships: ZEMBLA.memberships.map((m) => (m.id === 'm2' ? { ...m, end_date: '2024-09' } : m)) };
    fs.writeFileSync(path.join(r.dir, 'p.json'), JSON.stringify(changed));
    const again = await runCli(r.dir, ['tables', 'import', 'popolo', '--input', 'p.json', '--output', 'out.facts.yaml']);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /^out\.facts\.yaml: 1 change\n {2}.*Tomas Brek.*2024-09/);
  });
});
