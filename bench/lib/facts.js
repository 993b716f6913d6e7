'use strict';
// The generated facts: offices, 100,000 people with aliases and dated roles, 10,000 acronyms,
// 10,000 terms and 1,000 milestones, all from one seed, and their YAML in the contract's format
// (§2). The 1,000- and 10,000-people tables are prefixes of the 100,000 (same offices, acronyms,
// terms and milestones), so one corpus exercises all three.
const W = require('./words');
const { stream } = require('./prng');

/** The day the generated world stands at: articles are dated before it, open terms run past it. */
const DAY_MS = 86_400_000;
const REF_DAY = dayOf('2026-03-01');

function dayOf(iso) {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}
function isoOf(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A date as the table writes it, with the span of days it may mean. */
function boundary(day, precision) {
  const iso = isoOf(day);
  if (precision === 'day') return { text: iso, first: day, last: day };
  if (precision === 'month') {
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    const first = Date.UTC(y, m - 1, 1) / DAY_MS;
    const last = Date.UTC(y, m, 1) / DAY_MS - 1;
    return { text: iso.slice(0, 7), first, last };
  }
  const y = Number(iso.slice(0, 4));
  return { text: y, first: Date.UTC(y, 0, 1) / DAY_MS, last: Date.UTC(y + 1, 0, 1) / DAY_MS - 1 };
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A name word from a tradition's syllables: at least four letters. */
function nameWord(rng, start, mid, end) {
  for (;;) {
    const w = rng.pick(start) + rng.pick(mid) + rng.pick(end);
    if (w.length >= 4 && w.length <= 13) return cap(w.toLowerCase());
  }
}

/**
 * One misspelling of a word, as writers make them: a vowel changed, a letter dropped, doubled,
 * or two swapped. Keeps the first letter; null if the word is too short to misspell safely.
 */
function misspell(rng, word) {
  if (word.length < 5) return null;
  const vowels = 'aeiou';
  for (let tries = 0; tries < 20; tries++) {
    const kind = rng.int(4);
    const i = 1 + rng.int(word.length - 1);
    let out;
    if (kind === 0) {
      const positions = [...word].map((c, k) => (k > 0 && vowels.includes(c) ? k : -1)).filter((k) => k > 0);
      if (positions.length === 0) continue;
      const k = rng.pick(positions);
      const v = rng.pick(vowels.replace(word[k], '').split(''));
      out = word.slice(0, k) + v + word.slice(k + 1);
    } else if (kind === 1) out = word.slice(0, i) + word.slice(i + 1);
    else if (kind === 2) out = word.slice(0, i) + word[i] + word.slice(i);
    else {
      if (i >= word.length - 1 || word[i] === word[i + 1]) continue;
      out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    if (out !== word && out.length >= 4) return out;
  }
  return null;
}

function makeOffices() {
  const offices = [];
  for (const country of W.COUNTRIES) {
    for (const [suffix, title, aliases] of W.OFFICES) {
      offices.push({ id: `${slug(country)}-${suffix}`, title, aliases, country, titles: [title, ...aliases] });
    }
  }
  return offices;
}

/** 100,000 people: distinct names, aliases, and roles whose terms follow one another in each office. */
function makePeople(seed, offices, count) {
  const rng = stream(seed, 'people');
  const names = new Set();
  const people = [];
  for (let i = 0; i < count; i++) {
    const c = rng.pick(W.CULTURES);
    let given;
    let surname;
    let name;
    let particle;
    for (;;) {
      given = nameWord(rng, c.givenStart, c.givenMid, c.givenEnd);
      if (rng.chance(0.04) && c.order === 'given-first') given += '-' + nameWord(rng, c.givenStart, c.givenMid, c.givenEnd);
      surname = nameWord(rng, c.surStart, c.surMid, c.surEnd);
      particle = c.particles && rng.chance(0.12) ? rng.pick(c.particles) : '';
      const fullSurname = particle === 'al-' ? `al-${surname}` : particle ? `${particle} ${surname}` : surname;
      name = c.id === 'zh' ? `${surname} ${given}` : `${given} ${fullSurname}`;
      if (!names.has(name)) break;
    }
    names.add(name);
    people.push({ i, culture: c.id, given, surname, particle, name, aliases: [], roles: [], typo: null });
  }

  // Aliases: the surname alone when no one else has it, the other name order, initials.
  const surnameCount = new Map();
  for (const p of people) surnameCount.set(p.surname, (surnameCount.get(p.surname) ?? 0) + 1);
  const arng = stream(seed, 'aliases');
  for (const p of people) {
    const options = [];
    if (surnameCount.get(p.surname) === 1 && !p.particle) options.push(p.surname);
    if (p.culture === 'jp') options.push(`${p.surname.toUpperCase()} ${p.given}`);
    else if (p.culture === 'zh') options.push(`${p.given} ${p.surname}`);
    else options.push(`${p.given[0]}. ${p.particle && p.particle !== 'al-' ? p.particle + ' ' : p.particle}${p.surname}`);
    const wanted = arng.chance(0.5) ? 2 : 1;
    for (const a of options) if (p.aliases.length < wanted && !names.has(a)) p.aliases.push(a);
    // The misspelling the corpus uses for this person: the surname, one edit away.
    const typo = misspell(arng, p.surname);
    if (typo) {
      const k = p.culture === 'zh' ? p.name.indexOf(p.surname) : p.name.lastIndexOf(p.surname);
      p.typo = p.name.slice(0, k) + typo + p.name.slice(k + p.surname.length);
    }
  }

  // Roles. People come in order of fame: the first to take an office holds it now; each later
  // holder's term ends where the previous one's began, so the terms of an office never overlap
  // and every prefix of the list is a consistent table.
  const rrng = stream(seed, 'roles');
  const cursor = new Array(offices.length).fill(null);
  const precision = () => rrng.weighted({ day: 80, month: 15, year: 5 });
  const OLDEST = dayOf('1900-01-01');
  const officeRole = (o) => {
    // An office whose list of holders already reaches 1900 takes no more: another one does.
    for (let k = 0; k < 8 && cursor[o] !== null && cursor[o].first < OLDEST; k++) o = rrng.int(offices.length);
    if (cursor[o] === null) {
      const from = boundary(REF_DAY - rrng.between(30, 5 * 365), precision());
      cursor[o] = from;
      return { office: o, from, to: null };
    }
    const to = cursor[o];
    const from = boundary(to.first - rrng.between(400, 4 * 365), precision());
    cursor[o] = from;
    return { office: o, from, to };
  };
  for (const p of people) {
    const shape = rrng.weighted({ one: 50, two: 20, officeAndEnvoy: 10, envoy: 12, none: 8 });
    if (shape !== 'envoy' && shape !== 'none') {
      const o = rrng.int(offices.length);
      p.roles.push(officeRole(o));
      if (shape === 'two') {
        // Often another office of the same country.
        const countryBase = o - (o % W.OFFICES.length);
        let o2 = rrng.chance(0.6) ? countryBase + rrng.int(W.OFFICES.length) : rrng.int(offices.length);
        if (o2 === o) o2 = (o + 1) % offices.length;
        p.roles.push(officeRole(o2));
      }
    }
    if (shape === 'envoy' || shape === 'officeAndEnvoy') {
      const title = `${rrng.pick(W.ENVOY_HEADS)} ${rrng.pick(W.ENVOY_TOPICS)}`;
      const start = REF_DAY - rrng.between(200, 30 * 365);
      const from = boundary(start, precision());
      const open = rrng.chance(0.3);
      const to = open ? null : boundary(Math.min(REF_DAY - 10, start + rrng.between(400, 4 * 365)), precision());
      if (to && to.first <= from.last) p.roles.push({ title, country: rrng.pick(W.COUNTRIES), from, to: null });
      else p.roles.push({ title, country: rrng.pick(W.COUNTRIES), from, to });
    }
  }
  return people;
}

/** 10,000 acronyms: the initials of a multi-word expansion, with wrong spellings and expansions. */
function makeAcronyms(seed, taken) {
  const rng = stream(seed, 'acronyms');
  const shorts = new Set();
  const acronyms = [];
  while (acronyms.length < 10_000) {
    const n = Number(rng.weighted({ 3: 15, 4: 40, 5: 30, 6: 15 }));
    const domain = [];
    while (domain.length < n - 1) {
      const w = rng.pick(W.DOMAIN_WORDS);
      if (!domain.includes(w)) domain.push(w);
    }
    const org = rng.pick(W.ORG_WORDS);
    let words;
    let letters;
    if (rng.chance(0.5)) {
      // "Regional Maritime Security Council"
      words = [...domain, org];
      letters = words;
    } else {
      // "Council for Regional Maritime Security"
      const link = rng.pick(['for', 'on', 'of']);
      words = [org, link, ...domain];
      letters = [org, ...domain];
    }
    if (n >= 4 && rng.chance(0.3)) {
      // "… Energy and Climate …" between the last two domain words: the "and" gives no letter.
      const k = words[words.length - 1] === org ? words.length - 2 : words.length - 1;
      words = [...words.slice(0, k), 'and', ...words.slice(k)];
    }
    const short = letters.map((w) => w[0]).join('').toUpperCase();
    const expansion = words.join(' ');
    if (shorts.has(short) || taken.has(expansion.toLowerCase())) continue;
    shorts.add(short);
    taken.add(expansion.toLowerCase());
    acronyms.push({ short, expansion, words, variants: [] });
  }
  // Wrong forms, once every right one is known: an all-capitals misspelling that is no other
  // acronym, or an expansion with a wrong word.
  const wrongShort = new Set();
  for (const a of acronyms) {
    const count = rng.chance(0.4) ? 2 : 1;
    for (let tries = 0; a.variants.length < count && tries < 40; tries++) {
      if (rng.chance(0.7) || a.variants.some((v) => /[a-z]/.test(v))) {
        const s = a.short;
        const i = rng.int(s.length - 1);
        const kind = rng.int(3);
        let v;
        if (kind === 0) v = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
        else if (kind === 1 && s.length >= 4) v = s.slice(0, i + 1) + s.slice(i + 2);
        else v = s.slice(0, i + 1) + s[i + 1] + s.slice(i + 1);
        if (v === s || shorts.has(v) || wrongShort.has(v) || a.variants.includes(v)) continue;
        wrongShort.add(v);
        a.variants.push(v);
      } else {
        const words = [...a.words];
        const links = words.map((w, k) => (['for', 'on', 'of'].includes(w) ? k : -1)).filter((k) => k >= 0);
        if (links.length > 0 && rng.chance(0.6)) {
          const k = links[0];
          words[k] = words[k] === 'for' ? 'of' : 'for';
        } else {
          const k = rng.int(words.length);
          const m = misspell(rng, words[k]);
          if (!m || !/^[A-Z]/.test(words[k])) continue;
          words[k] = m;
        }
        const v = words.join(' ');
        if (v === a.expansion || taken.has(v.toLowerCase()) || a.variants.includes(v)) continue;
        a.variants.push(v);
      }
    }
  }
  return acronyms;
}

/** 10,000 fixed phrases with one correct form, and the wrong forms writers use. */
function makeTerms(seed, taken) {
  const rng = stream(seed, 'terms');
  const terms = [];
  const wrong = new Set();
  while (terms.length < 10_000) {
    const shape = rng.weighted({ fiveAnd: 30, adjMidNoun: 35, adjAndAdj: 15, lower: 20 });
    let words;
    const variants = [];
    const a1 = rng.pick(W.TERM_ADJ);
    let a2 = rng.pick(W.TERM_ADJ);
    let a3 = rng.pick(W.TERM_ADJ);
    if (a2 === a1) a2 = rng.pick(W.TERM_ADJ);
    if (a3 === a1 || a3 === a2) a3 = rng.pick(W.TERM_ADJ);
    if (a1 === a2 || a3 === a1 || a3 === a2) continue;
    const noun = rng.pick(W.TERM_NOUN);
    const mid = rng.pick(W.TERM_MID);
    if (shape === 'fiveAnd') {
      words = [a1, a2, 'and', a3, noun];
      variants.push([a1, a2, a3, noun].join(' '), [a1, a3, 'and', a2, noun].join(' '));
    } else if (shape === 'adjAndAdj') {
      words = [a1, 'and', a2, mid, noun];
      variants.push([a2, 'and', a1, mid, noun].join(' '), [a1, a2, mid, noun].join(' '));
    } else {
      words = [a1, ...mid.split(' '), noun];
      const hyphen = mid.includes(' ') ? [a1, mid.replace(' ', '-'), noun].join(' ') : [a1, `${mid}-${noun}`].join(' ');
      variants.push(hyphen, [a1, ...mid.split(' '), `${noun}s`].join(' '));
      const k = rng.int(words.length);
      const m = misspell(rng, words[k]);
      if (m) variants.push([...words.slice(0, k), m, ...words.slice(k + 1)].join(' '));
    }
    let canonical = words.join(' ');
    let vs = variants;
    if (shape === 'lower') {
      canonical = canonical.toLowerCase();
      vs = vs.map((v) => v.toLowerCase());
    }
    if (taken.has(canonical.toLowerCase()) || wrong.has(canonical.toLowerCase())) continue;
    const chosen = [];
    const want = rng.chance(0.4) ? 2 : 1;
    for (let k = 0; k < vs.length && chosen.length < want; k++) {
      const v = vs[(k + rng.int(vs.length)) % vs.length];
      if (v === canonical || chosen.includes(v) || wrong.has(v.toLowerCase()) || taken.has(v.toLowerCase())) continue;
      chosen.push(v);
    }
    if (chosen.length === 0) continue;
    taken.add(canonical.toLowerCase());
    for (const v of chosen) wrong.add(v.toLowerCase());
    terms.push({ canonical, variants: chosen });
  }
  return terms;
}

/** About 1,000 named events with a date. */
function makeMilestones(seed, taken) {
  const rng = stream(seed, 'milestones');
  const out = [];
  for (let tries = 0; out.length < 1000 && tries < 100_000; tries++) {
    const place = rng.pick(W.PLACE_START) + rng.pick(W.PLACE_END);
    const shape = rng.int(3);
    const name =
      shape === 0 ? `${place} ${rng.pick(W.MILESTONE_AFTER)}` : shape === 1 ? `Treaty of ${place}` : `${place} Declaration on ${rng.pick(W.MILESTONE_TOPICS)}`;
    if (taken.has(name.toLowerCase())) continue;
    const alias = shape === 1 && rng.chance(0.5) ? `${place} Treaty` : null;
    if (alias && taken.has(alias.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    if (alias) taken.add(alias.toLowerCase());
    const day = dayOf('1950-01-01') + rng.int(dayOf('2025-06-30') - dayOf('1950-01-01'));
    const date = boundary(day, rng.weighted({ day: 60, month: 25, year: 15 }));
    out.push({ name, aliases: alias ? [alias] : [], date, place });
  }
  return out;
}

/** Everything, from one seed. */
function makeFacts(seed, peopleCount = 100_000) {
  const offices = makeOffices();
  const people = makePeople(seed, offices, peopleCount);
  // Right forms of every kind, lower-cased: a wrong form may never be one of them.
  const taken = new Set();
  for (const o of offices) for (const t of o.titles) taken.add(t.toLowerCase());
  for (const p of people) {
    taken.add(p.name.toLowerCase());
    for (const a of p.aliases) taken.add(a.toLowerCase());
  }
  for (const c of W.COUNTRIES) taken.add(c.toLowerCase());
  const milestones = makeMilestones(seed, taken);
  const acronyms = makeAcronyms(seed, taken);
  const terms = makeTerms(seed, taken);
  return { offices, people, acronyms, terms, milestones };
}

// ---------------------------------------------------------------------------------------------
// YAML (the plain block style factlint's fast reader takes; docs/contract.md §2)

const PLAIN = /^[A-Za-z][A-Za-z0-9 .-]*$/;
function scalar(s) {
  if (typeof s === 'number') return String(s);
  return PLAIN.test(s) && !/[ .-]$/.test(s) && !/^(?:true|false|null|yes|no|on|off)$/i.test(s) ? s : `"${s}"`;
}
function list(items) {
  return `[${items.map(scalar).join(', ')}]`;
}

/** The table with the first `peopleCount` people, as YAML. */
function tableYaml(facts, peopleCount, seed) {
  const out = [];
  const push = (s) => out.push(s);
  push(`# Generated by factlint's benchmark (bench/lib/facts.js), seed ${seed}: ${peopleCount} people,`);
  push(`# ${facts.offices.length} offices, ${facts.acronyms.length} acronyms, ${facts.terms.length} terms, ${facts.milestones.length} milestones. Not real people.`);
  push('version: 1');
  push('offices:');
  for (const o of facts.offices) {
    push(`  - id: ${o.id}`);
    push(`    title: ${scalar(o.title)}`);
    push(`    aliases: ${list(o.aliases)}`);
    push(`    country: ${scalar(o.country)}`);
  }
  push('people:');
  for (let i = 0; i < peopleCount; i++) {
    const p = facts.people[i];
    push(`  - name: ${scalar(p.name)}`);
    if (p.aliases.length > 0) push(`    aliases: ${list(p.aliases)}`);
    if (p.roles.length > 0) {
      push('    roles:');
      for (const r of p.roles) {
        if (r.office !== undefined) push(`      - office: ${facts.offices[r.office].id}`);
        else {
          push(`      - title: ${scalar(r.title)}`);
          push(`        country: ${scalar(r.country)}`);
        }
        push(`        from: ${r.from.text}`);
        if (r.to) push(`        to: ${r.to.text}`);
      }
    }
  }
  push('acronyms:');
  for (const a of facts.acronyms) {
    push(`  - short: ${a.short}`);
    push(`    expansion: ${scalar(a.expansion)}`);
    push(`    variants: ${list(a.variants)}`);
  }
  push('terms:');
  for (const t of facts.terms) {
    push(`  - canonical: ${scalar(t.canonical)}`);
    push(`    variants: ${list(t.variants)}`);
  }
  push('milestones:');
  for (const m of facts.milestones) {
    push(`  - name: ${scalar(m.name)}`);
    if (m.aliases.length > 0) push(`    aliases: ${list(m.aliases)}`);
    push(`    date: ${m.date.text}`);
  }
  return out.join('\n') + '\n';
}

/** Every surface string of the table with the first `peopleCount` people (for grep -F). */
function surfaceStrings(facts, peopleCount) {
  const s = new Set();
  for (const o of facts.offices) {
    for (const t of o.titles) s.add(t);
  }
  for (const c of W.COUNTRIES) s.add(c);
  for (let i = 0; i < peopleCount; i++) {
    const p = facts.people[i];
    s.add(p.name);
    for (const a of p.aliases) s.add(a);
    for (const r of p.roles) if (r.title) s.add(r.title);
  }
  for (const a of facts.acronyms) {
    s.add(a.short);
    s.add(a.expansion);
    for (const v of a.variants) s.add(v);
  }
  for (const t of facts.terms) {
    s.add(t.canonical);
    for (const v of t.variants) s.add(v);
  }
  for (const m of facts.milestones) {
    s.add(m.name);
    for (const a of m.aliases) s.add(a);
  }
  return [...s];
}

module.exports = { makeFacts, tableYaml, surfaceStrings, misspell, boundary, dayOf, isoOf, REF_DAY, cap };
