import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { loadTables, type Facts } from '../engine';
import { addTableToConfig, applyEdit, editTable, scalar, SOURCE_PLACEHOLDER, type EditProblem, type FileEdit, type TableChange } from './table-edit';

const TABLE = `# The desk's table.
version: 1
offices:
  # Ruritania's cabinet.
  - id: ru-prime-minister
    title: Prime Minister
    country: Ruritania   # since 1920

people:
  # Heads of government.
  - name: Anna Kovalenko
    aliases: [Kovalenko]
    roles:
      - office: ru-prime-minister
        from: 2021-03-01
        source: gazette
  - name: Piotr Stanek  # no roles yet
  # Trailing comment of the list.

# Acronyms come next.
acronyms:
  - short: RDB
    expansion: Ruritanian Development Bank
`;

const ADA: TableChange = { kind: 'person', name: 'Ada Quill', role: { office: 'ru-prime-minister', from: '2026-03-06' } };

function edited(text: string, change: TableChange): { text: string; line: number } {
  const r = editTable(text, change);
  assert.ok(!('problem' in r), `an edit, not: ${(r as EditProblem).problem}`);
  const e = r as FileEdit;
  return { text: applyEdit(text, e.edit), line: e.line };
}

/** The table's facts, which must load with no error through the engine's loader. */
function loads(text: string): Facts {
  const r = loadTables([{ name: 't.facts.yaml', file: 't.facts.yaml', text }]);
  assert.deepEqual(r.errors, [], text);
  return r.facts;
}

describe('table edits (editTable)', () => {
  it('adds a new person at the end of the list, in the list\'s indentation, keeping every comment', () => {
    const { text, line } = edited(TABLE, ADA);
    assert.equal(
      text,
      TABLE.replace(
        '  - name: Piotr Stanek  # no roles yet\n',
        `  - name: Piotr Stanek  # no roles yet\n  - name: Ada Quill\n    roles:\n      - office: ru-prime-minister\n        from: 2026-03-06\n        source: "${SOURCE_PLACEHOLDER}"\n`,
      ),
    );
    assert.equal(text.split('\n')[line], '  - name: Ada Quill');
    const ada = loads(text).people.find((p) => p.name === 'Ada Quill')!;
    assert.deepEqual(ada.roles.map((r) => [r.office, r.from, r.source]), [['ru-prime-minister', { year: 2026, month: 3, day: 6 }, SOURCE_PLACEHOLDER]]);
  });

  it('adds the role to a person the table has under that name', () => {
    const role = { kind: 'person' as const, name: 'Anna Kovalenko', role: { title: 'Special Envoy', country: 'Ruritania', from: '2019' } };
    const { text } = edited(TABLE, role);
    assert.ok(text.includes(`        source: gazette\n      - title: Special Envoy\n        country: Ruritania\n        from: 2019\n        source: "${SOURCE_PLACEHOLDER}"\n  - name: Piotr Stanek`), text);
    assert.equal(loads(text).people.find((p) => p.name === 'Anna Kovalenko')!.roles.length, 2);
    // A person with no roles gets the key.
    const stanek = edited(TABLE, { ...ADA, name: 'Piotr Stanek' }).text;
    assert.ok(stanek.includes(`  - name: Piotr Stanek  # no roles yet\n    roles:\n      - office: ru-prime-minister\n`), stanek);
    assert.equal(loads(stanek).people.find((p) => p.name === 'Piotr Stanek')!.roles.length, 1);
  });

  it('writes a people list where there is none, before the kinds that follow it and their comments', () => {
    const table = 'version: 1\noffices:\n  - id: ru-prime-minister\n    title: Prime Minister\n\n# Acronyms.\nacronyms:\n  - short: RDB\n    expansion: Ruritanian Development Bank\n';
    const { text, line } = edited(table, ADA);
    assert.ok(text.includes('    title: Prime Minister\npeople:\n  - name: Ada Quill\n    roles:\n      - office: ru-prime-minister\n'), text);
    assert.ok(text.endsWith('\n\n# Acronyms.\nacronyms:\n  - short: RDB\n    expansion: Ruritanian Development Bank\n'), text);
    assert.equal(text.split('\n')[line], 'people:');
    loads(text);
    // At the end of a table with nothing after people, and one with no final line break.
    const bare = 'version: 1\noffices:\n  - id: ru-prime-minister\n    title: Prime Minister';
    const end = edited(bare, ADA);
    assert.ok(end.text.startsWith(`${bare}\npeople:\n  - name: Ada Quill\n`), end.text);
    assert.equal(end.text.split('\n')[end.line], 'people:');
    loads(end.text);
  });

  it('fills an empty people list, keeping a comment after it', () => {
    for (const [empty, head] of [
      ['people: []   # none yet', 'people: # none yet'],
      ['people:', 'people:'],
      ['people: ~', 'people:'],
    ]) {
      const table = `version: 1\noffices:\n  - id: ru-prime-minister\n    title: Prime Minister\n${empty}\nterms: []\n`;
      const { text, line } = edited(table, ADA);
      assert.ok(text.includes(`${head}\n  - name: Ada Quill\n    roles:\n`), text);
      assert.ok(text.endsWith(`"\nterms: []\n`), text);
      assert.equal(text.split('\n')[line], '  - name: Ada Quill');
      loads(text);
    }
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const table = '\ufeffversion: 1\r\noffices:\r\n  - id: ru-prime-minister\r\n    title: Prime Minister\r\npeople:\r\n  - name: Anna Kovalenko\r\n';
    const { text } = edited(table, ADA);
    assert.equal(text, `${table}  - name: Ada Quill\r\n    roles:\r\n      - office: ru-prime-minister\r\n        from: 2026-03-06\r\n        source: "${SOURCE_PLACEHOLDER}"\r\n`);
    loads(text);
  });

  it('follows the list\'s own indentation', () => {
    const table = 'version: 1\noffices:\n- id: ru-prime-minister\n  title: Prime Minister\npeople:\n- name: Anna Kovalenko\n  roles:\n  -   office: ru-prime-minister\n';
    const { text } = edited(table, ADA);
    assert.ok(text.endsWith('- name: Ada Quill\n  roles:\n    - office: ru-prime-minister\n      from: 2026-03-06\n' + `      source: "${SOURCE_PLACEHOLDER}"\n`), text);
    loads(text);
    const role = edited(table, { ...ADA, name: 'Anna Kovalenko' }).text;
    assert.ok(role.endsWith('  -   office: ru-prime-minister\n  - office: ru-prime-minister\n    from: 2026-03-06\n' + `    source: "${SOURCE_PLACEHOLDER}"\n`), role);
    loads(role);
  });

  it('adds an alias to the person\'s list, or the list, or the person', () => {
    const alias = (person: string, spelling: string, wikidata?: string): TableChange => ({ kind: 'alias', person, alias: spelling, ...(wikidata ? { wikidata } : {}) });
    const flow = edited(TABLE, alias('Anna Kovalenko', 'Anna Kovalenco')).text;
    assert.equal(flow, TABLE.replace('aliases: [Kovalenko]', 'aliases: [Kovalenko, Anna Kovalenco]'));
    assert.deepEqual(loads(flow).people[0].aliases, ['Kovalenko', 'Anna Kovalenco']);
    const none = edited(TABLE, alias('Piotr Stanek', 'Piotr Stanec')).text;
    assert.equal(none, TABLE.replace('  - name: Piotr Stanek  # no roles yet\n', '  - name: Piotr Stanek  # no roles yet\n    aliases: [Piotr Stanec]\n'));
    loads(none);
    const fresh = edited(TABLE, alias('Vikram Misri', 'Vikram Misry', 'Q123')).text;
    assert.ok(fresh.includes('  - name: Piotr Stanek  # no roles yet\n  - name: Vikram Misri\n    aliases: [Vikram Misry]\n    wikidata: Q123\n  # Trailing'), fresh);
    loads(fresh);
    const block = 'version: 1\npeople:\n  - name: A B\n    aliases:\n      - B\n';
    assert.equal(edited(block, alias('A B', 'A Bee')).text, `${block}      - A Bee\n`);
    const empty = 'version: 1\npeople:\n  - name: A B\n    aliases: []\n';
    assert.equal(edited(empty, alias('A B', 'A Bee')).text, 'version: 1\npeople:\n  - name: A B\n    aliases: [A Bee]\n');
    assert.deepEqual(editTable(TABLE, alias('Anna Kovalenko', 'Kovalenko')), { problem: '"Kovalenko" is already an alias of Anna Kovalenko' });
  });

  it('picks the namesake with the person\'s Wikidata item', () => {
    const table = 'version: 1\npeople:\n  - name: A B\n    wikidata: Q1\n  - name: A B\n    wikidata: Q2\n';
    const { text } = edited(table, { kind: 'alias', person: 'A B', wikidata: 'Q2', alias: 'A Bee' });
    assert.equal(text, 'version: 1\npeople:\n  - name: A B\n    wikidata: Q1\n  - name: A B\n    aliases: [A Bee]\n    wikidata: Q2\n');
  });

  it('says why, with the line, when it cannot edit the table', () => {
    assert.deepEqual(editTable('version: 1\npeople: [\n', ADA), { problem: 'the table has a YAML error at line 3, column 1; fix it first' });
    assert.deepEqual(editTable('version: 1\npeople:\n  - {name: Ada Quill}\n', ADA), { problem: 'Ada Quill at line 3 is written in flow style ({ … }); write the entry in block style to add to it here' });
    assert.deepEqual(editTable('version: 1\npeople: [{name: A B}]\n', ADA), { problem: '"people" at line 2 is not a block list ("- name: …" lines); write it so to add to it here' });
    assert.deepEqual(editTable('- a\n', ADA), { problem: 'the table is not a mapping of version, offices, people, …; fix it first' });
  });

  it('writes each value the editor sends as one value, never as more keys', () => {
    const person = parse(edited('version: 1\n', { kind: 'alias', person: 'A B', alias: 'A Bee', wikidata: 'Q1\n    source: made up' }).text).people[0];
    assert.deepEqual(person, { name: 'A B', aliases: ['A Bee'], wikidata: 'Q1\n    source: made up' });
    const role = parse(edited('version: 1\n', { kind: 'person', name: 'A B', role: { office: 'zd-x\n        to: 2020', from: '2026' } }).text).people[0].roles[0];
    assert.deepEqual(Object.keys(role), ['office', 'from', 'source']);
    assert.equal(role.office, 'zd-x\n        to: 2020');
  });

  it('quotes what would not read back as the same string', () => {
    assert.equal(scalar("Ada O'Quill"), "Ada O'Quill");
    assert.equal(scalar('José Ñúñez'), 'José Ñúñez');
    for (const s of ['Yes', 'null', '2019', 'A: B', 'A #1', '#A', '[A]', 'A, B', 'A ', '- A']) assert.equal(scalar(s), JSON.stringify(s), s);
    const odd: TableChange = { kind: 'person', name: 'No', role: { title: 'Envoy: Special', from: '2026-03-06' } };
    const people = loads(edited('version: 1\n', odd).text).people;
    assert.deepEqual([people[0].name, people[0].roles[0].title], ['No', 'Envoy: Special']);
  });
});

describe('config edits (addTableToConfig)', () => {
  function config(text: string, table = 'beat.facts.yaml'): string {
    const r = addTableToConfig(text, table);
    assert.ok(r !== null && !('problem' in r), JSON.stringify(r));
    return applyEdit(text, (r as FileEdit).edit);
  }

  it('adds the table to the facts list, keeping the rest', () => {
    assert.equal(config('# Ours.\nfacts: [team.facts.yaml]  # shared\nrules:\n  term: off\n'), '# Ours.\nfacts: [team.facts.yaml, beat.facts.yaml]  # shared\nrules:\n  term: off\n');
    assert.equal(config('facts:\n  - team.facts.yaml\n# end\n'), 'facts:\n  - team.facts.yaml\n  - beat.facts.yaml\n# end\n');
    assert.equal(config('facts: []\n'), 'facts: [beat.facts.yaml]\n');
    assert.equal(config('facts:\ndate: 2026-03-06\n'), 'facts:\n  - beat.facts.yaml\ndate: 2026-03-06\n');
    assert.equal(config('# Only rules.\nrules:\n  term: off'), '# Only rules.\nrules:\n  term: off\nfacts: [beat.facts.yaml]\n');
    assert.equal(config(''), 'facts: [beat.facts.yaml]\n');
    assert.equal(config('# nothing yet\n'), '# nothing yet\nfacts: [beat.facts.yaml]\n');
  });

  it('leaves a config that names the table already, and refuses a broken one', () => {
    assert.equal(addTableToConfig('facts: [beat.facts.yaml]\n', 'beat.facts.yaml'), null);
    assert.deepEqual(addTableToConfig('facts: [\n', 'beat.facts.yaml'), { problem: '.factlint.yaml has a YAML error at line 2, column 1; fix it first' });
    assert.deepEqual(addTableToConfig('facts: team.facts.yaml\n', 'beat.facts.yaml'), { problem: '"facts" at line 1 of .factlint.yaml is not a list of tables; fix it first' });
  });
});
