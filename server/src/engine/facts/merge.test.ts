import assert from 'node:assert/strict';
import { formatFactsError, loadTables, mergeTables, parseTable, type TableInput } from './load';
import type { Facts } from './model';

const defaultTable = (...lines: string[]): TableInput => ({ name: 'default', file: null, text: ['version: 1', ...lines].join('\n') + '\n' });
const userTable = (file: string, ...lines: string[]): TableInput => ({ name: file, file, text: ['version: 1', ...lines].join('\n') + '\n' });

/** Parses a table that must be valid on its own. */
function parsed(input: TableInput): Facts {
  const { facts, errors } = parseTable(input);
  assert.deepEqual(errors.map(formatFactsError), []);
  assert.ok(facts);
  return facts;
}

const messages = (r: { errors: { file: string; line: number; column: number; message: string }[] }) => r.errors.map(formatFactsError);

const base = defaultTable(
  'offices:', //                                     2
  '  - id: jp-foreign-minister', //                  3
  '    title: Minister for Foreign Affairs', //      4
  '    aliases: [Foreign Minister]', //              5
  'people:', //                                      6
  '  - name: Toshimitsu Motegi', //                  7
  '    aliases: [Motegi]', //                        8
  '    roles:', //                                   9
  '      - office: jp-foreign-minister', //          10
  '        from: 2019-09-11', //                     11
  '        to: 2021-11-04', //                       12
  'acronyms:', //                                    13
  '  - short: FOIP', //                              14
  '    expansion: Free and Open Indo-Pacific', //    15
  '    variants: [FIOP]', //                         16
  'terms:', //                                       17
  '  - canonical: Special Strategic and Global Partnership', // 18
  '    variants: [Special Strategic Global Partnership]', //   19
  'milestones:', //                                  20
  '  - name: Special Strategic and Global Partnership', //    21
  '    date: 2014', //                               22
);

describe('mergeTables', () => {
  it('adds the entries of a later table after those of an earlier one', () => {
    const later = userTable('tables/a.facts.yaml', 'offices:', '  - id: in-eam', '    title: External Affairs Minister');
    const { facts, errors } = mergeTables([parsed(base), parsed(later)]);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      facts.offices.map((o) => [o.id, o.at.table, o.at.line]),
      [
        ['jp-foreign-minister', 'default', 3],
        ['in-eam', 'tables/a.facts.yaml', 3],
      ],
    );
  });

  it('unions the aliases of the same office and keeps the first place', () => {
    const later = userTable('tables/a.facts.yaml', 'offices:', '  - id: jp-foreign-minister', '    title: Minister for Foreign Affairs', '    aliases: [FM, Foreign Minister]', '    country: Japan');
    const { facts, errors } = mergeTables([parsed(base), parsed(later)]);
    assert.deepEqual(errors, []);
    assert.deepEqual(facts.offices, [
      {
        id: 'jp-foreign-minister',
        title: 'Minister for Foreign Affairs',
        aliases: ['Foreign Minister', 'FM'],
        country: 'Japan',
        at: { table: 'default', file: null, line: 3, column: 5 },
      },
    ]);
  });

  it('appends the roles of the same person and skips a role already known', () => {
    const later = userTable(
      'tables/a.facts.yaml',
      'people:',
      '  - name: Toshimitsu Motegi',
      '    aliases: [MOTEGI Toshimitsu, Motegi]',
      '    roles:',
      '      - office: jp-foreign-minister',
      '        from: 2019-09-11',
      '        to: 2021-11-04',
      '      - office: jp-foreign-minister',
      '        from: 2025-10-21',
    );
    const { facts, errors } = mergeTables([parsed(base), parsed(later)]);
    assert.deepEqual(errors, []);
    assert.equal(facts.people.length, 1);
    assert.deepEqual(facts.people[0].aliases, ['Motegi', 'MOTEGI Toshimitsu']);
    assert.deepEqual(
      facts.people[0].roles.map((r) => [r.at.table, r.at.line]),
      [
        ['default', 10],
        ['tables/a.facts.yaml', 9],
      ],
    );
  });

  it('unions variants of the same acronym and term, and aliases of the same milestone', () => {
    const later = userTable(
      'tables/a.facts.yaml',
      'acronyms:',
      '  - short: FOIP',
      '    expansion: Free and Open Indo-Pacific',
      '    variants: [FOIPS]',
      'terms:',
      '  - canonical: Special Strategic and Global Partnership',
      '    variants: [Special and Strategic Global Partnership]',
      'milestones:',
      '  - name: Special Strategic and Global Partnership',
      '    aliases: [SSGP upgrade]',
      '    date: 2014',
    );
    const { facts, errors } = mergeTables([parsed(base), parsed(later)]);
    assert.deepEqual(errors, []);
    assert.deepEqual(facts.acronyms[0].variants, ['FIOP', 'FOIPS']);
    assert.deepEqual(facts.terms[0].variants, ['Special Strategic Global Partnership', 'Special and Strategic Global Partnership']);
    assert.deepEqual(facts.milestones[0].aliases, ['SSGP upgrade']);
  });

  it('flags a different office title at the later place and names the earlier one', () => {
    const later = userTable('tables/a.facts.yaml', 'offices:', '  - id: jp-foreign-minister', '    title: Foreign Minister of Japan');
    const r = mergeTables([parsed(base), parsed(later)]);
    assert.deepEqual(messages(r), [
      'tables/a.facts.yaml:4:12: title "Foreign Minister of Japan" of office "jp-foreign-minister" conflicts with default:4:12, which gives "Minister for Foreign Affairs": an office has one title; keep one and list the other under "aliases"',
    ]);
    assert.equal(r.facts.offices[0].title, 'Minister for Foreign Affairs');
  });

  it('flags a different country, naming the table that first gave one', () => {
    const a = userTable('tables/a.facts.yaml', 'offices:', '  - id: jp-foreign-minister', '    title: Minister for Foreign Affairs', '    country: Japan');
    const b = userTable('tables/b.facts.yaml', 'offices:', '  - id: jp-foreign-minister', '    title: Minister for Foreign Affairs', '    country: India');
    const r = mergeTables([parsed(base), parsed(a), parsed(b)]);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].file, 'tables/b.facts.yaml');
    assert.deepEqual([r.errors[0].line, r.errors[0].column], [5, 14]);
    assert.match(r.errors[0].message, /^country "India" of office "jp-foreign-minister" conflicts with tables\/a\.facts\.yaml:5:14, which gives "Japan"/);
  });

  it('flags a different acronym expansion and a different milestone date', () => {
    const later = userTable(
      'tables/a.facts.yaml',
      'acronyms:',
      '  - short: FOIP',
      '    expansion: Free Open Indo-Pacific',
      'milestones:',
      '  - name: Special Strategic and Global Partnership',
      '    date: 2015-01',
    );
    assert.deepEqual(messages(mergeTables([parsed(base), parsed(later)])), [
      'tables/a.facts.yaml:4:16: expansion "Free Open Indo-Pacific" of acronym "FOIP" conflicts with default:15:16, which gives "Free and Open Indo-Pacific": keep one expansion, and list a wrong one under "variants"',
      'tables/a.facts.yaml:7:11: date 2015-01 of milestone "Special Strategic and Global Partnership" conflicts with default:22:11, which gives 2014: a milestone has one date; correct one of them',
    ]);
  });

  it('keeps each table\'s horizon as its own, naming its table', () => {
    const a = parsed(defaultTable('asOf: 2026-03-06'));
    const b = parsed(userTable('b.facts.yaml', 'terms:', '  - canonical: X'));
    const c = parsed(userTable('c.facts.yaml', 'asOf: 2025-01-31'));
    const { facts, errors } = mergeTables([a, b, c]);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      facts.horizons.map((h) => [h.at.table, h.date]),
      [
        ['default', { year: 2026, month: 3, day: 6 }],
        ['c.facts.yaml', { year: 2025, month: 1, day: 31 }],
      ],
    );
  });

  it('leaves its input tables unchanged', () => {
    const first = parsed(base);
    const snapshot = structuredClone(first);
    const later = userTable('tables/a.facts.yaml', 'offices:', '  - id: jp-foreign-minister', '    title: Minister for Foreign Affairs', '    aliases: [FM]', '    country: Japan');
    mergeTables([first, parsed(later)]);
    assert.deepEqual(first, snapshot);
  });
});

describe('loadTables', () => {
  it('accepts a user table whose roles use an office of the default table', () => {
    const user = userTable('tables/a.facts.yaml', 'people:', '  - name: Takeshi Iwaya', '    roles:', '      - office: jp-foreign-minister', '        from: 2024-10-01', '        to: 2025-10-21');
    const { facts, errors } = loadTables([base, user]);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      facts.people.map((p) => p.name),
      ['Toshimitsu Motegi', 'Takeshi Iwaya'],
    );
  });

  it('flags a role naming an undefined office at its value and suggests the nearest id', () => {
    const user = userTable('tables/a.facts.yaml', 'people:', '  - name: Takeshi Iwaya', '    roles:', '      - office: jp-foreign-ministr');
    assert.deepEqual(messages(loadTables([base, user])), [
      'tables/a.facts.yaml:5:17: no facts table defines the office "jp-foreign-ministr": did you mean "jp-foreign-minister"? Otherwise, add it under "offices:", or write "title: …" for a one-off title',
    ]);
  });

  it('flags an undefined office without a guess when nothing is near', () => {
    const user = userTable('tables/a.facts.yaml', 'people:', '  - name: A', '    roles:', '      - office: president-of-mars');
    assert.deepEqual(messages(loadTables([base, user])), [
      'tables/a.facts.yaml:5:17: no facts table defines the office "president-of-mars": add it under "offices:", or write "title: …" for a one-off title',
    ]);
  });

  it('flags an alias that another entry lists as a wrong form, at the later place', () => {
    const user = userTable('tables/a.facts.yaml', 'offices:', '  - id: jp-foreign-minister', '    title: Minister for Foreign Affairs', '    aliases: [FM, FIOP]');
    assert.deepEqual(messages(loadTables([base, user])), [
      'tables/a.facts.yaml:5:19: "FIOP" as an alias of office "jp-foreign-minister" conflicts with default:16:16, which lists it as a wrong spelling of acronym "FOIP": remove it from one of the two entries',
    ]);
  });

  it("flags a term's canonical form that another term lists as a variant, when the variant comes later", () => {
    const user = userTable('tables/a.facts.yaml', 'terms:', '  - canonical: Comprehensive Partnership', '    variants: [Special Strategic and Global Partnership]');
    assert.deepEqual(messages(loadTables([base, user])), [
      'tables/a.facts.yaml:4:16: "Special Strategic and Global Partnership" as a wrong form of term "Comprehensive Partnership" conflicts with default:18:16, which gives it as the correct form of a term: remove it from one of the two entries',
    ]);
  });

  it('compares forms as the matcher splits them: spacing does not hide a conflict', () => {
    // Written differently, read alike: without this the table loads, and every mention of the
    // phrase is at once right and wrong.
    const user = userTable('tables/a.facts.yaml', 'terms:', '  - canonical: Look East Policy', '    variants: [Special  Strategic and Global Partnership]');
    assert.deepEqual(messages(loadTables([base, user])), [
      'tables/a.facts.yaml:4:16: "Special  Strategic and Global Partnership" as a wrong form of term "Look East Policy" conflicts with default:18:16, which gives "Special Strategic and Global Partnership" as the correct form of a term: remove it from one of the two entries',
    ]);
  });

  it('keeps a wrong form that differs from the right one only in case, as style tables do', () => {
    const user = userTable('tables/a.facts.yaml', 'terms:', '  - canonical: Look East policy', '    variants: [Look East Policy]', '  - canonical: e-mail', '    variants: [E-mail]', 'acronyms:', '  - short: MoU', '    expansion: memorandum of understanding', '    variants: [MOU]');
    assert.deepEqual(messages(loadTables([base, user])), []);
  });

  it('accepts a wrong expansion of one acronym that is the right name of something else', () => {
    const user = userTable(
      'tables/a.facts.yaml',
      'acronyms:',
      '  - short: MEA',
      '    expansion: Ministry of External Affairs',
      '    variants: [Ministry of Foreign Affairs]',
      '  - short: MOFA',
      '    expansion: Ministry of Foreign Affairs',
    );
    assert.deepEqual(messages(loadTables([base, user])), []);
  });

  it('flags an acronym whose own expansion is listed as a wrong one', () => {
    const user = userTable('tables/a.facts.yaml', 'acronyms:', '  - short: MEA', '    expansion: Ministry of External Affairs', '    variants: [Ministry of External Affairs]');
    assert.deepEqual(messages(loadTables([user])), [
      'tables/a.facts.yaml:5:16: "Ministry of External Affairs" as a wrong expansion of acronym "MEA" conflicts with tables/a.facts.yaml:4:16, which gives it as the expansion of acronym "MEA": remove it from one of the two entries',
    ]);
  });

  it('merges the tables that parse and reports the errors of those that do not, in table order', () => {
    const broken = userTable('tables/b.facts.yaml', 'people: [');
    const user = userTable('tables/a.facts.yaml', 'terms:', '  - canonical: X', '    titel: Y');
    const { facts, errors } = loadTables([base, broken, user]);
    assert.deepEqual(
      errors.map((e) => `${e.file}:${e.line}`),
      ['tables/b.facts.yaml:3', 'tables/a.facts.yaml:4'],
    );
    assert.deepEqual(
      facts.terms.map((t) => t.canonical),
      ['Special Strategic and Global Partnership', 'X'],
    );
  });
});

describe('mergeTables: names that differ only in capitals', () => {
  it('treats two milestones whose names differ only in capitals as one, so their dates conflict', () => {
    const r = loadTables([
      userTable('a.facts.yaml', 'milestones:', '  - name: Halden floods', '    date: 2026-03-03'),
      userTable('b.facts.yaml', 'milestones:', '  - name: Halden Floods', '    date: 2026-03-05'),
    ]);
    assert.equal(r.facts.milestones.length, 1);
    assert.equal(r.errors.length, 1);
    assert.match(formatFactsError(r.errors[0]), /^b\.facts\.yaml:4:11: date 2026-03-05 of milestone "Halden Floods" conflicts with a\.facts\.yaml:4:11, which gives 2026-03-03/);
  });
});

describe('parseTable: acronyms', () => {
  it('reports an acronym written without capitals', () => {
    const r = loadTables([userTable('a.facts.yaml', 'acronyms:', '  - short: nbm', '    expansion: National Bank of Marovia')]);
    assert.deepEqual(messages(r), ['a.facts.yaml:3:12: acronym "nbm" must be written as it appears in copy, with at least one capital letter and no spaces, e.g. "NBM"']);
  });

  it('says an empty acronym is empty, once, and gives no example without one to give', () => {
    const r = loadTables([userTable('a.facts.yaml', 'acronyms:', '  - short: ""', '    expansion: National Bank of Marovia', '  - short: "  "', '    expansion: Nothing')]);
    assert.deepEqual(messages(r), [
      'a.facts.yaml:3:12: "short" is empty: write the acronym as it must be written after "short:"',
      'a.facts.yaml:5:12: acronym "  " must be written as it appears in copy, with at least one capital letter and no spaces',
    ]);
  });

  it('accepts mixed-case and non-Latin acronyms', () => {
    const r = loadTables([userTable('a.facts.yaml', 'acronyms:', '  - short: MoFA', '    expansion: Ministry of Foreign Affairs', '  - short: ФСБ', '    expansion: Федеральная служба безопасности')]);
    assert.deepEqual(r.errors, []);
  });
});

describe('people and offices with a Wikidata item', () => {
  const imported = userTable(
    'imported.facts.yaml',
    'offices:', //                                    2
    '  - id: q100', //                                3
    '    title: Minister of the Interior', //         4
    '    country: Zenda', //                          5
    '    wikidata: Q100', //                          6
    'people:', //                                     7
    '  - name: Ivo Brandt', //                        8
    '    wikidata: Q1', //                            9
    '    roles: [{ office: q100, from: 2020 }]', //   10
    '  - name: Ivo Brandt', //                        11
    '    wikidata: Q2', //                            12
    '  - name: Mara Lind', //                         13
    '    wikidata: Q3', //                            14
  );

  it('keeps two people with one name apart when each gives its item, and refuses a namesake without one', () => {
    assert.equal(parsed(imported).people.filter((p) => p.name === 'Ivo Brandt').length, 2);
    const { errors } = parseTable(userTable('t.facts.yaml', 'people:', '  - name: Ivo Brandt', '    wikidata: Q1', '  - name: Ivo Brandt'));
    assert.match(messages({ errors }).join('\n'), /^t\.facts\.yaml:5:11: "Ivo Brandt" is already listed at t\.facts\.yaml:3:11: .*give each its "wikidata" item/);
    const twice = parseTable(userTable('t.facts.yaml', 'people:', '  - name: Ivo Brandt', '    wikidata: Q1', '  - name: Ivo B.', '    wikidata: Q1'));
    assert.match(messages(twice).join('\n'), /^t\.facts\.yaml:6:15: Wikidata item Q1 is already the person at t\.facts\.yaml:4:15/);
  });

  it('merges a person by item, the later name becoming an alias, and by name when one side has no item', () => {
    const hand = userTable(
      'hand.facts.yaml',
      'people:',
      '  - name: Mara Lind-Ovesen', // same item, another name
      '    wikidata: Q3',
      '    aliases: [Lind]',
    );
    const r = loadTables([imported, hand]);
    assert.deepEqual(messages(r), []);
    const mara = r.facts.people.filter((p) => p.wikidata === 'Q3');
    assert.equal(mara.length, 1);
    assert.deepEqual(mara[0].aliases, ['Mara Lind-Ovesen', 'Lind']);
    // By name: the hand-written entry has no item, and only one earlier person has that name.
    const byName = loadTables([imported, userTable('hand.facts.yaml', 'people:', '  - name: Mara Lind', '    aliases: [M. Lind]')]);
    assert.deepEqual(messages(byName), []);
    assert.deepEqual(byName.facts.people.find((p) => p.name === 'Mara Lind')?.aliases, ['M. Lind']);
    assert.equal(byName.facts.people.length, 3);
  });

  it('asks which namesake a later entry without an item means', () => {
    const r = loadTables([imported, userTable('hand.facts.yaml', 'people:', '  - name: Ivo Brandt', '    aliases: [Brandt]')]);
    assert.deepEqual(messages(r), ['hand.facts.yaml:3:5: 2 people are named "Ivo Brandt" in the tables before this one: give this entry the "wikidata" item of the one it means']);
  });

  it('keeps namesakes of two tables apart when their items differ', () => {
    const r = loadTables([imported, userTable('hand.facts.yaml', 'people:', '  - name: Mara Lind', '    wikidata: Q9')]);
    assert.deepEqual(messages(r), []);
    assert.equal(r.facts.people.filter((p) => p.name === 'Mara Lind').length, 2);
  });

  it('reads an office of a later table with the same item as the earlier office, its roles and title included', () => {
    const hand = userTable(
      'hand.facts.yaml',
      'offices:',
      '  - id: zd-interior',
      '    title: Interior Minister',
      '    wikidata: Q100',
      'people:',
      '  - name: Ola Stern',
      '    roles: [{ office: zd-interior, from: 2024-02 }]',
    );
    const r = loadTables([imported, hand]);
    assert.deepEqual(messages(r), []);
    assert.deepEqual(
      r.facts.offices.map((o) => [o.id, o.aliases]),
      [['q100', ['Interior Minister']]],
    );
    assert.equal(r.facts.people.find((p) => p.name === 'Ola Stern')?.roles[0].office, 'q100');
    // The hand table's own entry is not changed.
    assert.equal(parsed(hand).people[0].roles[0].office, 'zd-interior');
  });

  it('reads a role of any other table that names the later office\'s id as a role of the earlier office, before or after it', () => {
    const hand = userTable('hand.facts.yaml', 'offices:', '  - id: zd-interior', '    title: Interior Minister', '    wikidata: Q100');
    const desk = userTable('desk.facts.yaml', 'people:', '  - name: Ola Stern', '    roles: [{ office: zd-interior, from: 2024-02 }]');
    for (const order of [[imported, hand, desk], [imported, desk, hand]]) {
      const r = loadTables(order);
      assert.deepEqual(messages(r), []);
      assert.deepEqual(r.facts.offices.map((o) => o.id), ['q100']);
      assert.equal(r.facts.people.find((p) => p.name === 'Ola Stern')?.roles[0].office, 'q100', order.map((t) => t.name).join(', '));
    }
  });
});
