/**
 * Generated drafts: Markdown (or plain text) of every construct the masker knows — headings,
 * nested lists and block quotes, code fences and indented code, inline code, HTML blocks and
 * comments, suppression comments, front matter, tables, links, emphasis — filled with a facts
 * table's own forms (names, titles, acronyms, their wrong forms, milestones and their dates,
 * weekdays, misspellings of each), the rules' trigger words, and stray Unicode, with LF, CRLF,
 * CR or mixed line ends. Everything is built from fast-check arbitraries, so a failing draft
 * shrinks to a small one.
 */
import * as fc from 'fast-check';
import type { RuleId, RuleLevel } from '../../server/src/engine';
import { engine } from './modules';
import type { Day, Holding, Vocabulary } from './vocabulary';

/** One generated draft and how it is checked. */
export interface DraftCase {
  /** The text, as a front end hands it to the engine (no byte order mark). */
  text: string;
  /** Markdown or plain text. */
  format: 'markdown' | 'plaintext';
  /** A forced article date (`--date`), if any. */
  articleDate?: string;
  /** Rule levels, if any differ from the defaults. */
  rules?: Partial<Record<RuleId, RuleLevel>>;
  /** Offsets to hover at (fractions of the text's length, in thousandths). */
  hovers: number[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Characters that break careless code: white space of other kinds, marks, controls, surrogates, directional marks. */
const ODD_CHARS = [
  '\u00a0', '\u200b', '\u200d', '\ufeff', '\u2028', '\u2029', '\u0301', '\u0308', '\t', '\r', '\v', '\f', '\u0000', '\u001b', '\u202e',
  '\ud83d\ude00', '\ud83c\uddef\ud83c\uddf5', '\ud800', '\udc00', '\u00df', '\u0130', '\u0131', '\u2019', '\u201c', '\u201d', '\u2014', '\u2013',
  '\u00e9', 'e\u0301', '\u4e2d\u6587', '\u0627\u0644', '\u05d0', '\u0414', '\u03a9', '\uff21', '\ufb01', '\u2160', '\u1e9e',
];

const RULE_IDS = engine.RULES.map((r) => r.id);

/** The day `offset` days after `d`. */
function shift(d: Day, offset: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + offset));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function weekdayOf(d: Day): string {
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A day written in one of the ways copy writes dates. */
function writeDay(d: Day, style: number): string {
  const m = MONTHS[d.month - 1];
  switch (style % 14) {
    case 0: return `${m} ${d.day}, ${d.year}`;
    case 1: return `${d.day} ${m} ${d.year}`;
    case 2: return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
    case 3: return `${SHORT_MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
    case 4: return `${m} ${d.day}`;
    case 5: return `${d.day} ${m}`;
    case 6: return `${m} ${d.year}`;
    case 7: return `${d.year}`;
    case 8: return `${weekdayOf(d)}, ${m} ${d.day}, ${d.year}`;
    case 9: return `${weekdayOf(d)} (${m} ${d.day})`;
    case 10: return `${WEEKDAYS[(d.day + d.month) % 7]}, ${m} ${d.day}, ${d.year}`;
    case 11: return `${d.day}/${d.month}/${d.year}`;
    case 12: return `${m} ${d.day}-${d.day + 1}, ${d.year}`;
    default: return `mid-${d.year}`;
  }
}

/** A misspelling of a form: a letter dropped, two swapped, one doubled, the case changed, a space lost. */
function misspell(s: string, at: number, how: number): string {
  if (s.length === 0) return s;
  const i = at % s.length;
  switch (how % 6) {
    case 0: return s.slice(0, i) + s.slice(i + 1);
    case 1: return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s + s[i];
    case 2: return s.slice(0, i) + s[i] + s.slice(i);
    case 3: return s.toUpperCase();
    case 4: return s.toLowerCase();
    default: return s.replace(' ', '');
  }
}

/** `arb` in `times` cases out of `of`, else undefined. */
export function sometimes<T>(arb: fc.Arbitrary<T>, times: number, of: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: of - times }, { arbitrary: arb, weight: times });
}

/** Arbitraries of the pieces of one draft, over one vocabulary. */
export class DraftArbitraries {
  readonly name: fc.Arbitrary<string>;
  readonly title: fc.Arbitrary<string>;
  readonly date: fc.Arbitrary<string>;
  readonly iso: fc.Arbitrary<string>;
  readonly fact: fc.Arbitrary<string>;
  readonly odd: fc.Arbitrary<string>;
  /** One piece of a line: a form, a phrase a rule reads, a date, punctuation, inline Markdown, noise. */
  readonly piece: fc.Arbitrary<string>;
  /** A run of pieces: what a paragraph line, a heading or a list item holds. */
  readonly inline: fc.Arbitrary<string>;
  /** A block's lines, with nesting. */
  readonly block: fc.Arbitrary<string[]>;
  /** A whole draft. */
  readonly draft: fc.Arbitrary<DraftCase>;

  constructor(v: Vocabulary) {
    const from = (list: string[]) => fc.constantFrom(...list);
    this.name = from(v.names);
    this.title = from(v.titles);
    const day = fc.tuple(fc.constantFrom(...v.days), fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, fc.integer({ min: -400, max: 400 }))).map(([d, o]) => shift(d, o));
    this.date = fc.tuple(day, fc.nat(13)).map(([d, s]) => writeDay(d, s));
    this.iso = day.map((d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`);
    const year = day.map((d) => String(d.year));
    const word = from(v.ruleWords);
    const forms = [...v.names, ...v.nameWords, ...v.titles, ...v.countries, ...v.acronyms, ...v.expansions, ...v.terms, ...v.wrongForms, ...v.milestones];
    this.fact = from(forms);
    const misspelled = fc.tuple(this.fact, fc.nat(), fc.nat(5)).map(([s, at, how]) => misspell(s, at, how));
    this.odd = fc.oneof(
      from(ODD_CHARS),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 2 }),
    );
    const name = this.name;
    const title = this.title;
    const date = this.date;
    const phrase = fc.oneof(
      fc.tuple(title, name).map(([t, n]) => `${t} ${n}`),
      fc.tuple(name, title).map(([n, t]) => `${n}, ${t},`),
      fc.tuple(from(['former', 'then', 'outgoing', 'incoming', 'new', 'ex-']), title, name).map(([p, t, n]) => `${p} ${t} ${n}`),
      fc.tuple(name, from(['became', 'took over as', 'was appointed', 'was named', 'served as', 'quit as', 'resigned as', 'has been']), title, from(['in', 'on', 'since', 'from', 'until']), date).map(
        ([n, verb, t, prep, d]) => `${n} ${verb} ${t} ${prep} ${d}`,
      ),
      fc.tuple(title, name, from(['in', 'on', 'during', 'last']), date).map(([t, n, p, d]) => `${t} ${n} ${p} ${d}`),
      fc.tuple(from(['In', 'On', 'During', 'By']), date, title, name).map(([p, d, t, n]) => `${p} ${d}, ${t} ${n} said`),
      fc.tuple(from(v.milestones), from(['in', 'on', 'signed on', 'of', 'since', 'launched in', 'entered into force in']), date).map(([m, p, d]) => `the ${m} ${p} ${d}`),
      fc.tuple(from(['signed', 'ratified', 'announced', 'the entry into force of', 'the signing of']), from(v.milestones), date).map(([p, m, d]) => `${p} the ${m} in ${d}`),
      fc.tuple(from(v.expansions), from(v.acronyms)).map(([e, a]) => `${e} (${a})`),
      fc.tuple(from(v.acronyms), from(v.expansions)).map(([a, e]) => `${a} (${e})`),
      fc.tuple(from(v.wrongForms), from(v.acronyms)).map(([w, a]) => `${w} (${a})`),
      fc.tuple(from(WEEKDAYS), date).map(([w, d]) => `on ${w}, ${d}`),
      fc.tuple(from(WEEKDAYS), day).map(([w, d]) => `on ${w} (${MONTHS[d.month - 1]} ${d.day})`),
      fc.tuple(name, from(['and', '&', 'or']), name, title).map(([a, j, b, t]) => `${t}s ${a} ${j} ${b}`),
      fc.tuple(from(v.countries), title, name).map(([c, t, n]) => `${c}'s ${t} ${n}`),
    );
    // A person with a title they held, and a date near the start or end of it: what the tenure and title-date rules judge.
    const holding = fc.tuple(fc.constantFrom<Holding>(...v.holdings), fc.boolean(), fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, fc.integer({ min: -40, max: 40 }), fc.integer({ min: -800, max: 800 })), fc.nat(13));
    const held = fc.tuple(holding, fc.nat(9)).map(([[h, atEnd, offset, style], how]) => {
      const edge = (atEnd ? h.to : h.from) ?? h.from ?? h.to;
      const d = edge ? writeDay(shift(edge, offset), style) : 'last year';
      switch (how) {
        case 0: return `${h.name} became ${h.title} in ${d}`;
        case 1: return `${h.name} took over as ${h.title} on ${d}`;
        case 2: return `${h.name} has been ${h.title} since ${d}`;
        case 3: return `${h.name} quit as ${h.title} on ${d}`;
        case 4: return `In ${d}, ${h.title} ${h.name} said`;
        case 5: return `former ${h.title} ${h.name}`;
        case 6: return `${h.name}, who was appointed ${h.title} on ${d},`;
        case 7: return `${h.title} ${h.name} (${d})`;
        case 8: return `${h.name} served as ${h.title} from ${d} to ${writeDay(shift(edge ?? { year: 2020, month: 1, day: 1 }, offset + 400), style)}`;
        default: return `${h.title} ${misspell(h.name, offset & 0xff, style)}`;
      }
    });
    const punct = from(['.', ',', ';', ':', '—', ' - ', '(', ')', '"', '\u201c', '\u201d', "'s", '\u2019s', '[sic]', '?', '!', '...', '/', '&', '#', '|', '\\', '*', '_', '`', '<', '>', '[', ']']);
    const suppression = fc.tuple(
      from(['disable-next-line', 'disable-line', 'disable', 'enable', 'Disable', 'disable-next', 'disabled']),
      fc.array(fc.oneof(from(RULE_IDS), fc.tuple(from(RULE_IDS), fc.nat(), fc.nat(2)).map(([r, at, how]) => misspell(r, at, how))), { maxLength: 3 }),
      from([' ', ', ', ',']),
      fc.option(from([' -- a reason', ' --', ' -- ']), { nil: '' }),
    ).map(([kind, ids, sep, reason]) => `<!-- factlint-${kind}${ids.length > 0 ? ' ' : ''}${ids.join(sep)}${reason} -->`);
    const inlineMarkup = fc.tuple(from(['`', '``', '*', '**', '_', '__', '~~', '[', '<!-- ', '<span>', '<', '![', '[^']), fc.oneof(this.fact, phrase, word)).map(([open, s]) => {
      switch (open) {
        case '[': return `[${s}](https://example.org/${encodeURIComponent(s.slice(0, 8))} "t")`;
        case '![': return `![${s}](img.png)`;
        case '<!-- ': return `<!-- ${s} -->`;
        case '<span>': return `<span title="${s}">${s}</span>`;
        case '<': return `<https://example.org/${s.replace(/\s/g, '')}>`;
        case '[^': return `[^${s.slice(0, 3)}]`;
        default: return `${open}${s}${open}`;
      }
    });
    this.piece = fc.oneof(
      { arbitrary: word, weight: 6 },
      { arbitrary: this.fact, weight: 5 },
      { arbitrary: phrase, weight: 6 },
      { arbitrary: held, weight: 4 },
      { arbitrary: misspelled, weight: 2 },
      { arbitrary: date, weight: 3 },
      { arbitrary: year, weight: 1 },
      { arbitrary: punct, weight: 4 },
      { arbitrary: inlineMarkup, weight: 3 },
      { arbitrary: suppression, weight: 1 },
      { arbitrary: this.odd, weight: 1 },
      { arbitrary: from(['https://example.org/a_b', 'www.example.org', 'a@example.org', '&amp;', '&#8217;', '\\*', '  \n', '\n']), weight: 1 },
    );
    const separated = fc.tuple(fc.oneof({ arbitrary: fc.constant(' '), weight: 12 }, fc.constantFrom('', '  ', '\t', '\n', ' \n')), this.piece).map(([s, p]) => s + p);
    this.inline = fc.array(separated, { minLength: 1, maxLength: 14 }).map((parts) => parts.join('').trimStart());
    const inline = this.inline;
    const lines = (arb: fc.Arbitrary<string>) => arb.map((s) => s.split('\n'));

    const leaf = fc.oneof(
      { arbitrary: lines(inline), weight: 8 },
      { arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline, fc.boolean()).map(([n, s, close]) => [`${'#'.repeat(n)} ${s.replace(/\n/g, ' ')}${close ? ` ${'#'.repeat(n)}` : ''}`]), weight: 2 },
      { arbitrary: fc.tuple(inline, from(['===', '---', '-', '='])).map(([s, u]) => [...s.split('\n'), u]), weight: 1 },
      {
        arbitrary: fc.tuple(from(['```', '~~~', '````', '  ```']), from(['', 'md', 'yaml', 'text {x}']), fc.array(inline, { maxLength: 3 }), fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, fc.constant(false))).map(
          ([fence, info, body, closed]) => [fence + info, ...body.flatMap((b) => b.split('\n')), ...(closed ? [fence.trim()] : [])],
        ),
        weight: 2,
      },
      { arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((body) => body.flatMap((b) => b.split('\n')).map((l) => `    ${l}`)), weight: 1 },
      {
        arbitrary: fc.tuple(from(['<div>', '<!--', '<details>', '<table>', '<?php', '<![CDATA[', '<pre>', '<script>']), inline).map(([open, s]) => {
          const close: Record<string, string> = { '<div>': '</div>', '<!--': '-->', '<details>': '</details>', '<table>': '</table>', '<?php': '?>', '<![CDATA[': ']]>', '<pre>': '</pre>', '<script>': '</script>' };
          return [open, ...s.split('\n'), close[open]];
        }),
        weight: 2,
      },
      {
        arbitrary: fc.tuple(fc.array(inline, { minLength: 1, maxLength: 3 }), fc.array(fc.array(inline, { minLength: 1, maxLength: 3 }), { maxLength: 3 })).map(([head, rows]) => {
          const cell = (s: string) => s.replace(/\n/g, ' ');
          return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
        }),
        weight: 1,
      },
      { arbitrary: from(['---', '***', '___', '- - -']).map((s) => [s]), weight: 1 },
      { arbitrary: fc.tuple(suppression, lines(inline)).map(([c, l]) => [c, ...l]), weight: 2 },
      { arbitrary: fc.tuple(lines(inline), suppression).map(([l, c]) => [...l.slice(0, -1), `${l[l.length - 1]} ${c}`]), weight: 1 },
      { arbitrary: fc.tuple(this.fact, from(['https://example.org', '<x y>', 'x "t"'])).map(([s, u]) => [`[${s}]: ${u}`]), weight: 1 },
      { arbitrary: fc.tuple(fc.nat(9), inline).map(([n, s]) => [`[^${n}]: ${s.replace(/\n/g, ' ')}`]), weight: 1 },
      { arbitrary: fc.tuple(fc.integer({ min: 1, max: 60 }), inline).map(([depth, s]) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${i === depth - 1 ? s.replace(/\n/g, ' ') : 'x'}`)), weight: 1 },
    );

    const { block } = fc.letrec<{ block: string[]; list: string[]; quote: string[] }>((tie) => ({
      block: fc.oneof({ maxDepth: 3, depthIdentifier: 'block', withCrossShrink: true }, { arbitrary: leaf, weight: 6 }, { arbitrary: tie('list'), weight: 2 }, { arbitrary: tie('quote'), weight: 1 }),
      list: fc
        .tuple(
          from(['-', '*', '+', '1.', '2)', '10.']),
          fc.array(fc.tuple(inline, fc.array(tie('block'), { maxLength: 2 }), fc.boolean()), { minLength: 1, maxLength: 4 }),
          fc.boolean(),
        )
        .map(([marker, items, loose]) => {
          const out: string[] = [];
          for (const [first, children, blankBefore] of items) {
            const indent = ' '.repeat(marker.length + 1);
            const [head, ...rest] = first.split('\n');
            out.push(`${marker} ${head}`, ...rest.map((l) => indent + l));
            for (const child of children) {
              if (loose || blankBefore) out.push('');
              out.push(...child.map((l) => (l === '' ? '' : indent + l)));
            }
            if (loose) out.push('');
          }
          return out;
        }),
      quote: fc.tuple(fc.array(tie('block'), { minLength: 1, maxLength: 3 }), from(['> ', '>', ' > ']), fc.boolean()).map(([children, mark, lazy]) =>
        children.flatMap((child, i) => [...(i > 0 ? [mark.trimEnd()] : []), ...child.map((l, j) => (lazy && j > 0 && i === children.length - 1 ? l : mark + l))]),
      ),
    }));
    this.block = block;

    const frontMatter = fc.oneof(
      fc.tuple(this.iso, inline, fc.boolean()).map(([d, t, quoted]) => ['---', `title: ${JSON.stringify(t.replace(/\n/g, ' '))}`, `date: ${quoted ? `"${d}"` : d}`, '---']),
      fc.tuple(this.date, fc.nat(2)).map(([d, k]) => ['---', k === 0 ? `date: ${d}` : k === 1 ? 'date: not a date' : `date: ${d} 10:00`, '---']),
      this.iso.map((d) => ['+++', `date = ${d}`, '+++']),
      this.iso.map((d) => [`date ${d}`]),
    );
    const dateline = fc.tuple(from([...v.countries.map((c) => c.toUpperCase()), 'ZENDA CITY', 'Port Elm']), this.date, from([' (Reuters) -', ' \u2014', ':', ' (ANI):', ''])).map(([place, d, tail]) => [`${place}, ${d}${tail} `]);
    const eol = fc.oneof({ arbitrary: fc.constant(['\n']), weight: 6 }, fc.constant(['\r\n']), fc.constant(['\r']), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 2, maxLength: 5 }));

    this.draft = fc
      .record({
        front: sometimes(frontMatter, 1, 4),
        dateline: sometimes(dateline, 1, 5),
        blocks: fc.array(block, { minLength: 1, maxLength: 6 }),
        gaps: fc.array(fc.constantFrom(1, 1, 1, 0, 2), { minLength: 1, maxLength: 4 }),
        eol,
        finalEol: fc.boolean(),
        bomInside: fc.oneof({ arbitrary: fc.constant(false), weight: 30 }, fc.constant(true)),
        format: fc.oneof({ arbitrary: fc.constant('markdown' as const), weight: 4 }, fc.constant('plaintext' as const)),
        articleDate: sometimes(this.iso, 1, 4),
        rules: sometimes(fc.dictionary(from(RULE_IDS), fc.constantFrom<RuleLevel>('off', 'info', 'warning', 'error'), { maxKeys: 3 }), 1, 4),
        hovers: fc.array(fc.nat(1000), { maxLength: 1 }),
      })
      .map((d) => {
        const all: string[] = [...(d.front ?? [])];
        if (d.dateline) all.push(...d.dateline);
        d.blocks.forEach((b, i) => {
          if (i > 0 || all.length > 0) for (let k = 0; k < d.gaps[i % d.gaps.length]; k++) all.push('');
          all.push(...b);
        });
        let text = '';
        all.forEach((line, i) => {
          text += line.replace(/\r?\n|\r/g, ' ');
          if (i < all.length - 1 || d.finalEol) text += d.eol[i % d.eol.length];
        });
        if (d.bomInside) text = text.slice(0, text.length >> 1) + '\ufeff' + text.slice(text.length >> 1);
        const c: DraftCase = { text, format: d.format, hovers: d.hovers };
        if (d.articleDate !== undefined) c.articleDate = d.articleDate;
        if (d.rules !== undefined) c.rules = d.rules;
        return c;
      });
  }
}
