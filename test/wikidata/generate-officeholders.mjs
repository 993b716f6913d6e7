#!/usr/bin/env node
// Writes test/wikidata/officeholders.json: a fictional Wikidata dump (one entity per line, as
// latest-all.json is) of two countries, six offices and the people who held them from 1990 on,
// plus an organisation with a short name and a dated treaty. Deterministic: the same bytes on
// every run. The tests import it offline and serve it as a fake Wikidata online.
//
//   node test/wikidata/generate-officeholders.mjs
//
// Every QID is invented (Q7xxxxxx); no name belongs to a real person.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'officeholders.json');
const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';

let seed = 16;
/** A whole number in [0, n), from a linear congruential generator. */
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor((seed / 2147483648) * n);
}
const hex = (digits) => Array.from({ length: digits }, () => '0123456789ABCDEF'[rand(16)]).join('');
const statementId = (qid) => `${qid}$${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;

const itemValue = (qid) => ({ value: { 'entity-type': 'item', 'numeric-id': Number(qid.slice(1)), id: qid }, type: 'wikibase-entityid' });
const snak = (property, datavalue, datatype) => ({ snaktype: 'value', property, hash: hex(40).toLowerCase(), datavalue, datatype });
const itemSnak = (property, qid) => snak(property, itemValue(qid), 'wikibase-item');
const timeSnak = (property, date) => {
  const [y, m = 0, d = 0] = date;
  const pad = (n) => String(n).padStart(2, '0');
  const precision = date.length === 1 ? 9 : date.length === 2 ? 10 : 11;
  return snak(property, { value: { time: `+${y}-${pad(m)}-${pad(d)}T00:00:00Z`, timezone: 0, before: 0, after: 0, precision, calendarmodel: GREGORIAN }, type: 'time' }, 'time');
};
const statement = (qid, mainsnak, qualifiers = {}, rank = 'normal') => ({
  mainsnak,
  type: 'statement',
  ...(Object.keys(qualifiers).length > 0 ? { qualifiers, 'qualifiers-order': Object.keys(qualifiers) } : {}),
  id: statementId(qid),
  rank,
  references: [],
});
const terms = (language, value) => ({ [language]: { language, value } });

function entity(qid, labels, aliases, claims, description) {
  return {
    type: 'item',
    id: qid,
    labels,
    descriptions: description ? terms('en', description) : {},
    aliases: Object.fromEntries(Object.entries(aliases).map(([lang, list]) => [lang, list.map((value) => ({ language: lang, value }))])),
    claims,
    sitelinks: {},
    lastrevid: 2300000000 + Number(qid.slice(1)) % 100000,
  };
}

const COUNTRIES = [
  { qid: 'Q7000001', name: 'Valdoria' },
  { qid: 'Q7000002', name: 'Merovia' },
];
const OFFICES = [
  { qid: 'Q7100001', title: 'Prime Minister', aliases: ['Premier'], country: 'Q7000001', via: 'P17' },
  { qid: 'Q7100002', title: 'Minister of Foreign Affairs', aliases: ['Foreign Minister'], country: 'Q7000001', via: 'P17' },
  { qid: 'Q7100003', title: 'Minister of Finance', aliases: ['Finance Minister'], country: 'Q7000001', via: 'P17' },
  { qid: 'Q7100004', title: 'Minister of Defence', aliases: ['Defence Minister'], country: 'Q7000001', via: 'P1001' },
  { qid: 'Q7100005', title: 'President of Merovia', aliases: ['Merovian President'], country: 'Q7000002', via: 'P17' },
  { qid: 'Q7100006', title: 'Chancellor of Merovia', aliases: ['Merovian Chancellor'], country: 'Q7000002', via: 'P17' },
];
const GIVEN = ['Alda', 'Bela', 'Corvin', 'Dorin', 'Emil', 'Fenna', 'Greta', 'Hale', 'Ilse', 'Jorun', 'Kasimir', 'Liska', 'Maren', 'Nils', 'Odile', 'Pavo', 'Quilla', 'Rasmus', 'Sanne', 'Tobin', 'Ulla', 'Vesna', 'Wendel', 'Yara'];
const FAMILY = ['Brennick', 'Orsk', 'Dask', 'Vale', 'Sarto', 'Holt', 'Ilm', 'Karst', 'Lunde', 'Marrow', 'Nyberg', 'Osterlund', 'Pell', 'Quist', 'Rydell', 'Stroud', 'Tamsin', 'Ulvik', 'Varga', 'Wexley', 'Ystad', 'Zorn', 'Ashby', 'Blomqvist'];

/** People so far: qid, name, the country they serve, and the day their last role ended. */
const people = [];
const usedNames = new Set();
let nextPerson = 7200001;

function newPerson(country) {
  let name;
  do name = `${GIVEN[rand(GIVEN.length)]} ${FAMILY[rand(FAMILY.length)]}`;
  while (usedNames.has(name));
  usedNames.add(name);
  const p = { qid: `Q${nextPerson++}`, name, country, lastEnd: null, statements: [], mulOnly: rand(10) === 0, surnameAlias: rand(2) === 0 };
  people.push(p);
  return p;
}

/** A date at a random precision: mostly a day, sometimes a month or a year. */
function at(y, m, d) {
  const r = rand(10);
  return r < 7 ? [y, m, d] : r < 9 ? [y, m] : [y];
}
const dayNumber = ([y, m = 1, d = 1]) => Date.UTC(y, m - 1, d) / 86400000;

let roleCount = 0;
for (const office of OFFICES) {
  // Terms from 1990 to now: each starts the day after the previous one ends; the last is open.
  let y = 1990 + rand(3);
  let m = 1 + rand(12);
  let d = 1 + rand(28);
  const terms = [];
  for (;;) {
    const length = 1 + rand(5);
    const end = [y + length, 1 + rand(12), 1 + rand(28)];
    const open = end[0] > 2025;
    const candidates = people.filter((p) => p.country === office.country && p.lastEnd !== null && p.lastEnd < dayNumber([y, m, d]) && !p.statements.some((s) => s.office === office.qid));
    const holder = rand(100) < 18 && candidates.length > 0 ? candidates[rand(candidates.length)] : newPerson(office.country);
    const term = { office: office.qid, holder, start: at(y, m, d), end: open ? null : at(...end), endExact: end };
    terms.push(term);
    holder.statements.push(term);
    holder.lastEnd = open ? Infinity : dayNumber(end);
    if (open) break;
    [y, m, d] = end;
  }
  // Every fifth ended term names its successor (P1366) and gives no end, as many real statements do.
  terms.forEach((t, i) => {
    roleCount++;
    if (t.end !== null && roleCount % 5 === 0 && terms[i + 1]) {
      t.successor = terms[i + 1].holder.qid;
      t.end = null;
    }
  });
}
// One deliberate namesake: the last person made shares a name with the first, as real people do.
people[people.length - 1].name = people[0].name;

const entities = [];
for (const c of COUNTRIES) entities.push(entity(c.qid, terms('en', c.name), {}, {}, 'fictional country'));
for (const o of OFFICES) {
  entities.push(entity(o.qid, terms('en', o.title), { en: o.aliases }, { [o.via]: [statement(o.qid, itemSnak(o.via, o.country))] }, 'fictional office'));
}
for (const [i, p] of people.entries()) {
  const claims = { P31: [statement(p.qid, itemSnak('P31', 'Q5'))], P39: [] };
  for (const t of p.statements) {
    const q = { P580: [timeSnak('P580', t.start)] };
    if (t.end !== null) q.P582 = [timeSnak('P582', t.end)];
    if (t.successor) q.P1366 = [itemSnak('P1366', t.successor)];
    claims.P39.push(statement(p.qid, itemSnak('P39', t.office), q));
  }
  // Every ninth person has a deprecated statement: a wrong start that Wikidata keeps but marks.
  if (i % 9 === 4) {
    const t = p.statements[0];
    claims.P39.push(statement(p.qid, itemSnak('P39', t.office), { P580: [timeSnak('P580', [t.start[0] - 3])] }, 'deprecated'));
  }
  const surname = p.name.split(' ')[1];
  const labels = p.mulOnly ? terms('mul', p.name) : { ...terms('en', p.name), ...terms('mul', p.name) };
  entities.push(entity(p.qid, labels, p.surnameAlias ? { en: [surname] } : {}, claims, 'fictional politician'));
}
entities.push(
  entity('Q7300001', terms('en', 'Valdorian Customs Union'), {}, { P1813: [statement('Q7300001', snak('P1813', { value: { text: 'VCU', language: 'en' }, type: 'monolingualtext' }, 'monolingualtext'))] }),
  entity('Q7300002', terms('en', 'Treaty of Harrowgate'), { en: ['Harrowgate Accord'] }, { P585: [statement('Q7300002', timeSnak('P585', [2011, 5, 14]))] }),
);

fs.writeFileSync(OUT, `[\n${entities.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${people.length} people, ${OFFICES.length} offices, ${entities.length} entities`);
