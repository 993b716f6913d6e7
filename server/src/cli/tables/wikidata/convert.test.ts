import * as assert from 'node:assert/strict';
import { formatFactsError, parseTable } from '../../../engine';
import { renderTable } from '../../../project/table-doc';
import { convertEntities, officeId, trimEntity, type ConvertOptions } from './convert';
import type { EntityMap, WdEntity } from './entities';

// Builders of Wikidata's own entity JSON (as Special:EntityData writes it), for fictional items.

const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';
const JULIAN = 'http://www.wikidata.org/entity/Q1985786';

/** A time value: "2019" (precision 9), "2019-09" (10), "2019-09-15" (11), or given exactly. */
function time(date: string, precision?: number, calendarmodel = GREGORIAN) {
  const [y, m = '00', d = '00'] = date.replace(/^-/, '').split('-');
  const sign = date.startsWith('-') ? '-' : '+';
  const p = precision ?? (date.split('-').filter((x) => x !== '').length === 1 ? 9 : date.split('-').length === 2 ? 10 : 11);
  return { time: `${sign}${y}-${m}-${d}T00:00:00Z`, timezone: 0, before: 0, after: 0, precision: p, calendarmodel };
}

const snak = (property: string, value: unknown, type: string) => ({ snaktype: 'value', property, datavalue: { value, type }, datatype: type === 'wikibase-entityid' ? 'wikibase-item' : type });
const itemSnak = (property: string, qid: string) => snak(property, { 'entity-type': 'item', 'numeric-id': Number(qid.slice(1)), id: qid }, 'wikibase-entityid');
const timeSnak = (property: string, t: ReturnType<typeof time>) => snak(property, t, 'time');
const unknownSnak = (property: string) => ({ snaktype: 'somevalue', property });

let statementCount = 0;
function statement(subject: string, main: object, qualifiers: Record<string, object[]> = {}, rank = 'normal') {
  statementCount++;
  return { mainsnak: main, type: 'statement', qualifiers, 'qualifiers-order': Object.keys(qualifiers), id: `${subject}$0000-${statementCount}`, rank, references: [] };
}

interface HeldOptions {
  start?: string | ReturnType<typeof time>;
  end?: string | ReturnType<typeof time> | 'unknown';
  replacedBy?: string;
  rank?: string;
}

/** A position-held (P39) statement of `person`. */
function held(person: string, office: string, o: HeldOptions = {}) {
  const q: Record<string, object[]> = {};
  const t = (v: string | ReturnType<typeof time>) => (typeof v === 'string' ? time(v) : v);
  if (o.start !== undefined) q.P580 = [timeSnak('P580', t(o.start))];
  if (o.end === 'unknown') q.P582 = [unknownSnak('P582')];
  else if (o.end !== undefined) q.P582 = [timeSnak('P582', t(o.end))];
  if (o.replacedBy !== undefined) q.P1366 = [itemSnak('P1366', o.replacedBy)];
  return statement(person, itemSnak('P39', office), q, o.rank);
}

interface ItemOptions {
  label?: string;
  labels?: Record<string, string>;
  aliases?: Record<string, string[]>;
  claims?: Record<string, object[]>;
}

function item(id: string, o: ItemOptions): WdEntity {
  const labels = o.labels ?? (o.label !== undefined ? { en: o.label } : {});
  return {
    id,
    type: 'item',
    labels: Object.fromEntries(Object.entries(labels).map(([language, value]) => [language, { language, value }])),
    aliases: Object.fromEntries(Object.entries(o.aliases ?? {}).map(([language, list]) => [language, list.map((value) => ({ language, value }))])),
    claims: o.claims ?? {},
  } as WdEntity;
}

const country = (id: string, name: string) => item(id, { label: name });
const office = (id: string, title: string, claims: Record<string, object[]> = {}, aliases: string[] = []) => item(id, { label: title, claims, aliases: { en: aliases } });
const person = (id: string, name: string, positions: object[], more: ItemOptions = {}) => item(id, { label: name, ...more, claims: { P39: positions, ...more.claims } });

function map(...items: WdEntity[]): EntityMap {
  return new Map(items.map((e) => [e.id, e]));
}

const OPTIONS: ConvertOptions = { lang: 'en', asOf: '2026-11-21', sourceName: 'items.json' };

/** The table converted from `items`, checked by the real loader. */
function convert(items: EntityMap, options: Partial<ConvertOptions> = {}) {
  const r = convertEntities(items, { ...OPTIONS, ...options });
  const text = renderTable(r.doc);
  const parsed = parseTable({ name: 'imported', file: 'imported.facts.yaml', text });
  assert.deepEqual(parsed.errors.map(formatFactsError), [], text);
  return r;
}

/** The roles of the person named `name`, as [office, from, to]. */
function rolesOf(r: ReturnType<typeof convert>, name: string) {
  const p = r.doc.people?.find((x) => x.name === name);
  assert.ok(p, `${name} is not in the table`);
  return (p.roles ?? []).map((x) => [x.office, x.from, x.to]);
}

const VALDORIA = country('Q800', 'Valdoria');
const FM = office('Q101', 'Minister of Foreign Affairs', { P17: [statement('Q101', itemSnak('P17', 'Q800'))] }, ['Foreign Minister']);
const PM = office('Q102', 'Prime Minister', { P1001: [statement('Q102', itemSnak('P1001', 'Q800'))] });

describe('wikidata convert', () => {
  it('makes_a_person_with_label_aliases_item_and_one_role_per_statement', () => {
    const p = person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '2011-06-03', end: '2014-02' }), held('Q1', 'Q102', { start: '2019' })], { aliases: { en: ['Brennick', 'Alda Brennick'], fr: ['Alda B.'] } });
    const r = convert(map(p, FM, PM, VALDORIA));
    assert.deepEqual(r.doc.people, [
      {
        name: 'Alda Brennick',
        aliases: ['Brennick'],
        wikidata: 'Q1',
        roles: [
          { office: 'minister-of-foreign-affairs-q101', from: '2011-06-03', to: '2014-02', source: `Wikidata Q1, statement ${p.claims!.P39[0].id}` },
          { office: 'prime-minister-q102', from: '2019', to: undefined, source: `Wikidata Q1, statement ${p.claims!.P39[1].id}` },
        ],
        source: 'Wikidata Q1',
      },
    ]);
    assert.deepEqual(r.notes, []);
    assert.equal(r.doc.asOf, '2026-11-21');
  });

  it('makes_offices_with_kebab_id_title_aliases_country_and_item', () => {
    const r = convert(map(person('Q1', 'Alda Brennick', [held('Q1', 'Q101'), held('Q1', 'Q102')]), FM, PM, VALDORIA));
    assert.deepEqual(r.doc.offices, [
      { id: 'minister-of-foreign-affairs-q101', title: 'Minister of Foreign Affairs', aliases: ['Foreign Minister'], country: 'Valdoria', wikidata: 'Q101', source: 'Wikidata Q101' },
      { id: 'prime-minister-q102', title: 'Prime Minister', aliases: [], country: 'Valdoria', wikidata: 'Q102', source: 'Wikidata Q102' },
    ]);
  });

  it('leaves_out_an_office_country_that_is_not_at_hand', () => {
    const r = convert(map(person('Q1', 'Alda Brennick', [held('Q1', 'Q101')]), FM));
    assert.equal(r.doc.offices?.[0].country, undefined);
  });

  it('prefers_the_country_to_the_jurisdiction', () => {
    const both = office('Q103', 'Speaker', { P1001: [statement('Q103', itemSnak('P1001', 'Q801'))], P17: [statement('Q103', itemSnak('P17', 'Q800'))] });
    const r = convert(map(person('Q1', 'Alda Brennick', [held('Q1', 'Q103')]), both, VALDORIA, country('Q801', 'Merovia')));
    assert.equal(r.doc.offices?.[0].country, 'Valdoria');
  });

  it('gives_offices_ids_from_any_script', () => {
    assert.equal(officeId(office('Q7', 'Ministre des Affaires étrangères'), ['en']), 'ministre-des-affaires-etrangeres-q7');
    assert.equal(officeId(office('Q8', '外務大臣'), ['en']), 'q8');
    assert.match(officeId(office('Q9', 'Deputy '.repeat(30) + 'Minister'), ['en']), /^(deputy-){8}q9$/);
  });

  it('keeps_the_precision_wikidata_gives', () => {
    const dates: [string | ReturnType<typeof time>, string | undefined][] = [
      ['2019', '2019'],
      ['2019-09', '2019-09'],
      ['2019-09-15', '2019-09-15'],
      [time('2019-09-15', 14), '2019-09-15'], // to the second: a day
      [time('2019-09-15', 8), undefined], // a decade: no date
      [time('2019-00-00', 11), '2019'], // a day of month 00: only the year is real
      [time('2019-02-30', 11), '2019-02'], // no such day
      [time('0950-05-01', 11), undefined], // before the year 1000
      [time('-1200-05-01', 11), undefined], // BCE
      [time('1490-05-01', 11, JULIAN), '1490'], // Julian: its year only
    ];
    const people = dates.map(([d], i) => person(`Q${i + 1}`, `Person ${i + 1}`, [held(`Q${i + 1}`, 'Q101', { start: d })]));
    const r = convert(map(...people, FM));
    assert.deepEqual(
      dates.map((_, i) => rolesOf(r, `Person ${i + 1}`)[0][1]),
      dates.map(([, want]) => want),
    );
  });

  it('takes_the_label_in_the_language_then_mul_then_en', () => {
    const both = person('Q1', 'x', [held('Q1', 'Q101')], { labels: { en: 'Alda Brennick', fr: 'Alda Brennique' }, aliases: { en: ['Brennick'], fr: ['Brennique'], mul: ['A. Brennick'] } });
    const mulOnly = person('Q2', 'x', [held('Q2', 'Q101')], { labels: { mul: 'Corvin Dask', en: 'Corvin Dask (politician)' } });
    const enOnly = person('Q3', 'x', [held('Q3', 'Q101')], { labels: { en: 'Bela Orsk' } });
    const fmFr = office('Q101', 'x');
    fmFr.labels = { fr: { language: 'fr', value: 'Ministre des Affaires étrangères' }, en: { language: 'en', value: 'Minister of Foreign Affairs' } };
    const r = convert(map(both, mulOnly, enOnly, fmFr), { lang: 'fr' });
    assert.deepEqual(
      r.doc.people?.map((p) => [p.name, p.aliases]),
      [
        ['Alda Brennique', ['Brennique', 'A. Brennick']],
        ['Bela Orsk', []],
        ['Corvin Dask', []],
      ],
    );
    assert.equal(r.doc.offices?.[0].title, 'Ministre des Affaires étrangères');
  });

  it('leaves_out_roles_in_offices_not_at_hand_and_says_which_items_to_add', () => {
    const r = convert(map(person('Q1', 'Alda Brennick', [held('Q1', 'Q101'), held('Q1', 'Q900'), held('Q1', 'Q901')]), person('Q2', 'Bela Orsk', [held('Q2', 'Q900')]), FM));
    assert.deepEqual(rolesOf(r, 'Alda Brennick'), [['minister-of-foreign-affairs-q101', undefined, undefined]]);
    assert.equal(r.doc.people?.length, 1, 'a person with no role left is left out');
    assert.deepEqual(r.notes, ['3 roles name offices that items.json does not hold, so they were left out: Q900 (2 roles), Q901; add those items to items.json to import them']);
  });

  it('skips_deprecated_statements_and_keeps_preferred_and_normal_ones', () => {
    const p = person('Q1', 'Alda Brennick', [
      held('Q1', 'Q101', { start: '2011', end: '2014', rank: 'preferred' }),
      held('Q1', 'Q101', { start: '2010', end: '2014', rank: 'deprecated' }),
      held('Q1', 'Q102', { start: '2019' }),
    ]);
    const r = convert(map(p, FM, PM));
    assert.deepEqual(rolesOf(r, 'Alda Brennick'), [
      ['minister-of-foreign-affairs-q101', '2011', '2014'],
      ['prime-minister-q102', '2019', undefined],
    ]);
  });

  it('ends_a_role_replaced_without_an_end_where_the_successor_starts_in_the_same_office', () => {
    const a = person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '2011-06-03', replacedBy: 'Q2' })]);
    const b = person('Q2', 'Bela Orsk', [held('Q2', 'Q102', { start: '2010' }), held('Q2', 'Q101', { start: '2016-01-12' })]);
    const r = convert(map(a, b, FM, PM));
    assert.deepEqual(rolesOf(r, 'Alda Brennick'), [['minister-of-foreign-affairs-q101', '2011-06-03', '2016-01-12']]);
    assert.deepEqual(r.notes, []);
  });

  it('leaves_out_a_role_that_ended_when_wikidata_does_not_say_and_names_it', () => {
    const a = person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '2011', replacedBy: 'Q77' }), held('Q1', 'Q102', { start: '2001', end: 'unknown' }), held('Q1', 'Q102', { start: '2020' })]);
    const r = convert(map(a, FM, PM));
    assert.deepEqual(rolesOf(r, 'Alda Brennick'), [['prime-minister-q102', '2020', undefined]]);
    const s1 = a.claims!.P39[0];
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0], /^2 roles ended at a time Wikidata does not give to the year .* so they were left out: Q1 \(Q1\$[0-9-]+\), Q1 \(/);
    assert.ok(r.notes[0].includes(s1.id as string));
    assert.match(r.notes[0], /; adding the successors' items \(Q77\) to items\.json may date them$/);
  });

  it('takes_an_end_coarser_than_a_year_as_an_end_and_no_value_as_none', () => {
    const a = person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '1981', end: time('1980', 8), replacedBy: 'Q2' }), held('Q1', 'Q102', { start: '1960', end: time('1970', 8) })]);
    const noEnd = statement('Q2', itemSnak('P39', 'Q102'), { P580: [timeSnak('P580', time('2001'))], P582: [{ snaktype: 'novalue', property: 'P582' }] });
    const b = person('Q2', 'Bela Orsk', [held('Q2', 'Q101', { start: '1988-04' }), noEnd]);
    const r = convert(map(a, b, FM, PM));
    assert.deepEqual(rolesOf(r, 'Alda Brennick'), [['minister-of-foreign-affairs-q101', '1981', '1988-04']]);
    assert.deepEqual(rolesOf(r, 'Bela Orsk'), [
      ['minister-of-foreign-affairs-q101', '1988-04', undefined],
      ['prime-minister-q102', '2001', undefined],
    ]);
    assert.match(r.notes[0], /^1 role ended at a time Wikidata does not give to the year/);
  });

  it('ends_an_open_role_at_the_date_of_death', () => {
    const p = person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '2011' }), held('Q1', 'Q102', { start: '2001', replacedBy: 'Q99' })], {
      claims: { P570: [statement('Q1', timeSnak('P570', time('2015-03-02')))] },
    });
    const r = convert(map(p, FM, PM));
    assert.deepEqual(rolesOf(r, 'Alda Brennick'), [
      ['prime-minister-q102', '2001', '2015-03-02'],
      ['minister-of-foreign-affairs-q101', '2011', '2015-03-02'],
    ]);
  });

  it('drops_roles_that_ended_before_since_and_people_left_with_none', () => {
    const a = person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '2001', end: '2009-12-31' }), held('Q1', 'Q102', { start: '2012', end: '2015' })]);
    const b = person('Q2', 'Bela Orsk', [held('Q2', 'Q101', { start: '1990', end: '1999' })]);
    const c = person('Q3', 'Corvin Dask', [held('Q3', 'Q101', { start: '1990' })]);
    const r = convert(map(a, b, c, FM, PM), { since: 2010 });
    assert.deepEqual(
      r.doc.people?.map((p) => [p.name, p.roles?.length]),
      [
        ['Alda Brennick', 1],
        ['Corvin Dask', 1],
      ],
    );
  });

  it('leaves_out_a_role_that_ends_before_it_starts', () => {
    const r = convert(map(person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '2014-05', end: '2014-04-30' }), held('Q1', 'Q102', { start: '2014', end: '2014' })]), FM, PM));
    assert.deepEqual(rolesOf(r, 'Alda Brennick'), [['prime-minister-q102', '2014', '2014']]);
    assert.match(r.notes[0], /^1 role in Wikidata ends before it starts, so it was left out: Q1 \(Q1\$/);
  });

  it('keeps_two_people_with_one_name_apart_by_their_items', () => {
    const r = convert(map(person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '2011', end: '2014' })]), person('Q2', 'Alda Brennick', [held('Q2', 'Q101', { start: '2020' })]), FM));
    assert.deepEqual(
      r.doc.people?.map((p) => [p.name, p.wikidata]),
      [
        ['Alda Brennick', 'Q1'],
        ['Alda Brennick', 'Q2'],
      ],
    );
  });

  it('imports_only_the_offices_asked_for', () => {
    const r = convert(map(person('Q1', 'Alda Brennick', [held('Q1', 'Q101'), held('Q1', 'Q102'), held('Q1', 'Q900')]), FM, PM), { offices: new Set(['Q102']) });
    assert.deepEqual(r.doc.offices?.map((o) => o.wikidata), ['Q102']);
    assert.deepEqual(rolesOf(r, 'Alda Brennick'), [['prime-minister-q102', undefined, undefined]]);
    assert.deepEqual(r.notes, [], 'an office not asked for is no missing office');
  });

  it('leaves_out_items_with_no_label_and_names_them', () => {
    const r = convert(map(person('Q1', 'x', [held('Q1', 'Q101')], { labels: { de: 'Alda' } }), person('Q2', 'Bela Orsk', [held('Q2', 'Q101'), held('Q2', 'Q103')]), FM, item('Q103', { labels: { de: 'Kanzler' } })));
    assert.deepEqual(r.doc.people?.map((p) => p.name), ['Bela Orsk']);
    assert.deepEqual(r.notes, ['2 items in items.json have no label in en, mul, so they were left out, with any role in them: Q1, Q103']);
  });

  it('makes_acronyms_of_short_names_that_read_as_acronyms', () => {
    const short = (id: string, text: string, language = 'en') => statement(id, snak('P1813', { text, language }, 'monolingualtext'));
    const union = item('Q500', { label: 'Valdorian Customs Union', claims: { P1813: [short('Q500', 'VCU')] } });
    const french = item('Q501', { label: 'Harbour Compact Organisation', claims: { P1813: [short('Q501', 'OCP', 'fr')] } });
    const words = item('Q502', { label: 'Northern Rail Board', claims: { P1813: [short('Q502', 'Rail Board'), short('Q502', 'nrb'), short('Q502', 'NRB')] } });
    const same = item('Q503', { label: 'Valdorian Cycling Union', claims: { P1813: [short('Q503', 'VCU')] } });
    const valdoria = item('Q800', { label: 'Valdoria', claims: { P1813: [short('Q800', 'VA')] } });
    const pmShort = office('Q102', 'Prime Minister', { P17: [statement('Q102', itemSnak('P17', 'Q800'))], P1813: [short('Q102', 'PM')] });
    const r = convert(map(person('Q1', 'Alda Brennick', [held('Q1', 'Q102')], { claims: { P1813: [short('Q1', 'AB')] } }), pmShort, valdoria, union, french, words, same));
    assert.deepEqual(r.doc.acronyms, [
      { short: 'NRB', expansion: 'Northern Rail Board', source: 'Wikidata Q502' },
      { short: 'VCU', expansion: 'Valdorian Customs Union', source: 'Wikidata Q500' },
    ]);
    assert.deepEqual(r.notes, ['1 acronym already taken by an earlier item was left out: VCU (Q503; kept Q500)']);
  });

  it('makes_milestones_of_other_items_with_a_point_in_time', () => {
    const at = (id: string, t: ReturnType<typeof time>) => ({ P585: [statement(id, timeSnak('P585', t))] });
    const treaty = item('Q600', { label: 'Treaty of Harrowgate', aliases: { en: ['Harrowgate Accord'] }, claims: at('Q600', time('2011-05-14')) });
    const summit = item('Q601', { label: 'Lakeside Summit', claims: at('Q601', time('2016-10')) });
    const old = item('Q602', { label: 'Founding of the League', claims: at('Q602', time('1900', 7)) });
    const r = convert(map(treaty, summit, old, person('Q1', 'Alda Brennick', [held('Q1', 'Q101')], { claims: at('Q1', time('2019')) }), FM));
    assert.deepEqual(r.doc.milestones, [
      { name: 'Treaty of Harrowgate', aliases: ['Harrowgate Accord'], date: '2011-05-14', source: 'Wikidata Q600' },
      { name: 'Lakeside Summit', aliases: [], date: '2016-10', source: 'Wikidata Q601' },
    ]);
    assert.deepEqual(r.notes, ['1 item with a point in time (P585) coarser than a year or before the year 1000 was left out: Q602']);
  });

  it('converts_trimmed_items_to_the_same_table', () => {
    const p = person('Q1', 'Alda Brennick', [held('Q1', 'Q101', { start: '2011', replacedBy: 'Q2' })], {
      aliases: { en: ['Brennick'], de: ['Brennick (de)'] },
      claims: { P569: [statement('Q1', timeSnak('P569', time('1960')))], P570: [statement('Q1', timeSnak('P570', time('2030')))] },
    });
    const b = person('Q2', 'Bela Orsk', [held('Q2', 'Q101', { start: '2015' })]);
    const all = map(p, b, FM, VALDORIA);
    const trimmed: EntityMap = new Map([...all].map(([q, e]) => [q, trimEntity(e!, ['en', 'mul'])]));
    assert.equal(trimmed.get('Q1')?.claims?.P569, undefined);
    assert.equal(trimmed.get('Q1')?.aliases?.de, undefined);
    assert.deepEqual(convert(trimmed).doc, convert(all).doc);
  });
});
