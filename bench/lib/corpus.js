'use strict';
// News-like Markdown drafts: front matter with a date, headings, paragraphs of filler, and
// mentions of the table's people, titles, acronyms, terms and milestones at a realistic density
// (a person every ~40 words), about one in ten of them wrong: a misspelt surname, a title the
// person did not hold at the article's date or never held, an acronym's or a term's wrong form,
// a milestone's wrong year, a weekday that does not match its date.
const W = require('./words');
const { dayOf, isoOf, cap } = require('./facts');

/** Share of mentions written wrong. */
const WRONG = 0.1;

/** Which people the news mentions: the famous first. Half the mentions fall on the first 1,000. */
function pickPerson(rng, count) {
  const tier = rng.weighted({ a: 50, b: 30, c: 20 });
  if (tier === 'a' || count <= 1000) return rng.int(Math.min(1000, count));
  if (tier === 'b' || count <= 10_000) return 1000 + rng.int(Math.min(9000, count - 1000));
  return 10_000 + rng.int(count - 10_000);
}

/** The smallest table (of 1k, 10k, 100k) that knows person i. */
function tierOf(i) {
  return i < 1000 ? '1k' : i < 10_000 ? '10k' : '100k';
}

class Writer {
  constructor(facts, rng) {
    this.f = facts;
    this.rng = rng;
    /** Planted wrong mentions by rule and by the smallest table that knows them. */
    this.planted = {};
    this.mentions = 0;
  }

  plant(rule, tier = '1k') {
    const key = `${rule}@${tier}`;
    this.planted[key] = (this.planted[key] ?? 0) + 1;
  }

  titlesOf(role) {
    return role.office !== undefined ? this.f.offices[role.office].titles : [role.title];
  }
  countryOf(role) {
    return role.office !== undefined ? this.f.offices[role.office].country : role.country;
  }

  /** Roles certainly held on `day`, certainly over before it (by a margin), and every title the person may have held then. */
  rolesAround(p, day) {
    const now = [];
    const past = [];
    const maybe = new Set();
    const ever = new Set();
    for (const r of p.roles) {
      const titles = this.titlesOf(r);
      for (const t of titles) ever.add(t);
      const started = r.from.last <= day;
      const mayHaveStarted = r.from.first <= day + 1;
      const ended = r.to !== null && r.to.last < day - 60;
      const mayHaveEnded = r.to !== null && r.to.first < day;
      if (started && !mayHaveEnded) now.push(r);
      if (ended) past.push(r);
      if (mayHaveStarted && !(r.to !== null && r.to.last < day)) for (const t of titles) maybe.add(t);
    }
    return { now, past: past.filter((r) => this.titlesOf(r).some((t) => !maybe.has(t))), maybe, ever };
  }

  /** A person as the copy names them; `first` for the first mention in the article. */
  person(i, day, first) {
    const rng = this.rng;
    const p = this.f.people[i];
    const tier = tierOf(i);
    this.mentions++;
    const around = this.rolesAround(p, day);
    if (rng.chance(WRONG)) {
      // Wrong: a title for the wrong time, a title never held, or a misspelt surname.
      const kind = rng.weighted({ name: 45, titleDate: 30, title: 25 });
      if (kind === 'titleDate' && around.past.length > 0) {
        const r = rng.pick(around.past);
        const t = rng.pick(this.titlesOf(r).filter((x) => !around.maybe.has(x)));
        this.plant('title-date', tier);
        return `${t} ${p.name}`;
      }
      if (kind === 'title' || (kind === 'titleDate' && around.past.length === 0)) {
        for (let tries = 0; tries < 10; tries++) {
          const o = rng.pick(W.OFFICES);
          const t = rng.pick([o[1], ...o[2]]);
          if (around.ever.has(t)) continue;
          this.plant('title', tier);
          return `${t} ${p.name}`;
        }
      }
      if (p.typo) {
        this.plant('name', tier);
        return p.typo;
      }
    }
    if (!first && p.aliases.length > 0 && rng.chance(0.6)) return rng.pick(p.aliases);
    if (first && around.now.length > 0 && rng.chance(0.85)) {
      const r = rng.pick(around.now);
      const t = rng.pick(this.titlesOf(r));
      const country = this.countryOf(r);
      const form = rng.weighted({ plain: 60, possessive: 20, apposition: 20 });
      if (form === 'possessive') return `${country}'s ${t} ${p.name}`;
      if (form === 'apposition') return `${p.name}, ${country}'s ${t},`;
      return `${t} ${p.name}`;
    }
    if (first && around.past.length > 0 && rng.chance(0.5)) {
      const r = rng.pick(around.past);
      return `former ${rng.pick(this.titlesOf(r))} ${p.name}`;
    }
    return p.name;
  }

  /** An acronym: its expansion and short form the first time, the short form after. */
  acronym(a, first) {
    const rng = this.rng;
    this.mentions++;
    if (rng.chance(WRONG) && a.variants.length > 0) {
      const v = rng.pick(a.variants);
      this.plant('acronym');
      return /[a-z]/.test(v) ? `${v} (${a.short})` : v;
    }
    return first ? `${a.expansion} (${a.short})` : a.short;
  }

  term(t) {
    this.mentions++;
    if (this.rng.chance(WRONG)) {
      this.plant('term');
      return this.rng.pick(t.variants);
    }
    return t.canonical;
  }

  /** "the Velmora Accord was signed in 1997", the year wrong one time in ten. */
  milestone(m) {
    this.mentions++;
    let year = Number(isoOf(m.date.first).slice(0, 4));
    if (this.rng.chance(WRONG)) {
      year += this.rng.pick([-3, -2, -1, 1, 2, 3]);
      this.plant('milestone');
    }
    return { name: m.name, year };
  }

  /** "Tuesday, March 4, 2025", the weekday wrong one time in ten. */
  weekday(day) {
    const d = new Date(day * 86_400_000);
    let wd = d.getUTCDay();
    if (this.rng.chance(WRONG)) {
      wd = (wd + 1 + this.rng.int(6)) % 7;
      this.plant('weekday');
    }
    this.mentions++;
    return `${W.WEEKDAYS[wd]}, ${W.MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  }
}

// Filler ---------------------------------------------------------------------------------------

function place(rng) {
  return rng.pick(W.PLACE_START) + rng.pick(W.PLACE_END);
}

/** Pickers of filler words, each drawing from `rng` when called. */
function wordPickers(rng) {
  return {
    n: () => rng.pick(W.NOUNS),
    a: () => rng.pick(W.ADJS),
    v: () => rng.pick(W.VERBS),
    vp: () => rng.pick(W.VERBS_PAST),
    pn: () => rng.pick(W.PEOPLE_NOUNS),
    say: () => rng.pick(W.SAY),
  };
}

/** A sentence with no fact in it. */
function filler(rng) {
  const { n, a, v, vp, pn, say } = wordPickers(rng);
  const num = () => `${rng.pick(W.NUMBERS)} ${rng.pick(W.UNITS)}`;
  switch (rng.int(10)) {
    case 0:
      return `${cap(pn())} ${say()} the ${a()} ${n()} would ${v()} the ${n()} by the end of the year.`;
    case 1:
      return `The ${n()} is expected to ${v()} ${num()} of ${n()}, according to ${pn()} familiar with the ${n()}.`;
    case 2:
      return `${cap(rng.pick(W.ADVERBS))}, the ${a()} ${n()} ${vp()} the ${n()} after ${num()} of talks.`;
    case 3:
      return `In ${place(rng)}, ${pn()} ${vp()} a ${a()} ${n()} to ${v()} the ${n()}.`;
    case 4:
      return `${cap(pn())} ${rng.pick(W.ADVERBS)} ${vp()} the ${n()}, which ${pn()} ${say()} was ${a()}.`;
    case 5:
      return `The ${n()} of the ${n()} remains ${a()}, and the ${n()} has ${rng.pick(W.ADVERBS)} ${vp()} the ${a()} ${n()}.`;
    case 6:
      return `One ${a()} ${n()} could ${v()} the ${n()} and ${v()} the ${a()} ${n()} in the ${a()} ${n()}.`;
    case 7:
      return `${cap(pn())} warned that the ${n()} might ${v()} the ${a()} ${n()} unless the ${n()} is ${vp()} within ${num()}.`;
    case 8:
      return `The ${a()} ${n()} ${vp()} by the ${n()} will ${v()} ${num()} of ${n()} and ${v()} the ${n()}.`;
    default:
      return `Talks on the ${a()} ${n()} are set to resume in ${place(rng)}, where ${pn()} hope to ${v()} the ${n()}.`;
  }
}

/** A sentence about one or two people. */
function personSentence(rng, p1, p2) {
  const { n, a, v, vp, pn, say } = wordPickers(rng);
  const start = cap(p1);
  if (p2 !== undefined && rng.chance(0.5)) {
    return rng.chance(0.5)
      ? `${start} met ${p2} in ${place(rng)} on ${rng.pick(W.WEEKDAYS)} to ${v()} the ${a()} ${n()}.`
      : `${start} and ${p2} ${vp()} the ${a()} ${n()} at a meeting in ${place(rng)}.`;
  }
  switch (rng.int(6)) {
    case 0:
      return `${start} ${say()} that the ${n()} would ${v()} the ${a()} ${n()}.`;
    case 1:
      return `Speaking in ${place(rng)}, ${p1} ${say()} the ${n()} was ${a()}.`;
    case 2:
      return `The ${n()} was ${vp()} by ${p1} after ${rng.pick(W.NUMBERS)} ${rng.pick(W.UNITS)} of talks.`;
    case 3:
      return `${start} is due to ${v()} the ${n()} with ${pn()} from ${place(rng)}.`;
    case 4:
      return `${cap(pn())} close to ${p1} ${say()} the ${n()} could ${v()} the ${n()}.`;
    default:
      return `${start} has ${vp()} the ${a()} ${n()} and will ${v()} the ${n()} next month.`;
  }
}

/** One article of about `targetBytes` (or `targetWords`), dated `day`, its mentions drawn from the first `known` people. */
function article(w, rng, { day, targetBytes = Infinity, targetWords = Infinity, known }) {
  const f = w.f;
  const cast = Array.from({ length: rng.between(4, 8) }, () => pickPerson(rng, known));
  const mentioned = new Set();
  const acronyms = Array.from({ length: rng.between(2, 4) }, () => rng.pick(f.acronyms));
  const usedAcronyms = new Set();
  const terms = Array.from({ length: rng.between(2, 4) }, () => rng.pick(f.terms));
  const mention = () => {
    const i = rng.pick(cast);
    const first = !mentioned.has(i);
    mentioned.add(i);
    return w.person(i, day, first);
  };
  const sentence = () => {
    const kind = rng.weighted({ person: 36, person2: 5, filler: 37, acronym: 9, term: 9, milestone: 2, weekday: 2 });
    switch (kind) {
      case 'person':
        return personSentence(rng, mention());
      case 'person2':
        return personSentence(rng, mention(), mention());
      case 'acronym': {
        const a = rng.pick(acronyms);
        const first = !usedAcronyms.has(a.short);
        usedAcronyms.add(a.short);
        const text = w.acronym(a, first);
        return rng.chance(0.5)
          ? `${cap(rng.pick(W.PEOPLE_NOUNS))} from the ${text} ${rng.pick(W.VERBS_PAST)} the ${rng.pick(W.ADJS)} ${rng.pick(W.NOUNS)}.`
          : `The ${text} ${rng.pick(W.SAY)} it would ${rng.pick(W.VERBS)} the ${rng.pick(W.NOUNS)} in ${place(rng)}.`;
      }
      case 'term': {
        const t = w.term(rng.pick(terms));
        return rng.chance(0.5)
          ? `Both sides reaffirmed their commitment to the ${t}.`
          : `The ${t} would ${rng.pick(W.VERBS)} the ${rng.pick(W.ADJS)} ${rng.pick(W.NOUNS)}, ${rng.pick(W.PEOPLE_NOUNS)} ${rng.pick(W.SAY)}.`;
      }
      case 'milestone': {
        const m = w.milestone(rng.pick(f.milestones));
        return `${cap(rng.pick(W.PEOPLE_NOUNS))} recalled that the ${m.name} was signed in ${m.year}.`;
      }
      case 'weekday':
        return `The talks opened on ${w.weekday(day - rng.int(60))}, in ${place(rng)}.`;
      default:
        return filler(rng);
    }
  };

  const headline = cap(`${rng.pick(W.ADJS)} ${rng.pick(W.NOUNS)} talks open in ${place(rng)}`);
  const parts = ['---', `title: "${headline}"`, `date: ${isoOf(day)}`, `section: ${rng.pick(W.SECTIONS)}`, '---', '', `# ${headline}`, ''];
  let bytes = parts.join('\n').length;
  let words = 0;
  let paragraphs = 0;
  while (bytes < targetBytes && words < targetWords) {
    let block;
    if (paragraphs > 0 && paragraphs % rng.between(3, 5) === 0) {
      parts.push(`## ${cap(`${rng.pick(W.ADJS)} ${rng.pick(W.NOUNS)}`)}`, '');
    }
    const roll = rng.next();
    if (roll < 0.08) {
      block = [sentence(), sentence(), sentence()].map((s) => `- ${s}`).join('\n');
    } else if (roll < 0.12) {
      block = `> ${sentence()}`;
    } else {
      const ss = Array.from({ length: rng.between(3, 5) }, sentence);
      if (rng.chance(0.15)) ss.push(`The full text is [published online](https://example.org/${rng.pick(W.SECTIONS)}/${rng.int(100000)}).`);
      if (rng.chance(0.08)) ss.push(`The filing is listed as \`${rng.pick(W.NOUNS)}-${rng.int(10000)}\` in the register.`);
      block = ss.join(' ');
    }
    parts.push(wrap(block), '');
    bytes += block.length + 2;
    words += block.split(/\s+/).length;
    paragraphs++;
  }
  return { text: parts.join('\n'), words };
}

/** Wraps a paragraph at about 100 columns, as editors leave Markdown (list items keep their own lines). */
function wrap(block) {
  if (block.startsWith('- ') || block.startsWith('> ')) return block;
  const out = [];
  let line = '';
  for (const word of block.split(' ')) {
    if (line && line.length + word.length + 1 > 100) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/**
 * The articles: `files` drafts of about `bytes` each, in folders by section, dated 2023 to early
 * 2026, each handed to `write(path, text)`. Returns what was planted.
 */
function writeCorpus(facts, rng, { files, bytes }, write) {
  const w = new Writer(facts, rng);
  const first = dayOf('2023-01-01');
  const last = dayOf('2026-02-28');
  for (let k = 0; k < files; k++) {
    const day = first + rng.int(last - first + 1);
    const { text } = article(w, rng, { day, targetBytes: bytes - 250 + rng.int(500), known: facts.people.length });
    write(`${W.SECTIONS[k % W.SECTIONS.length]}/${String(k).padStart(4, '0')}.md`, text);
  }
  return { planted: w.planted, mentions: w.mentions };
}

module.exports = { Writer, article, writeCorpus };
