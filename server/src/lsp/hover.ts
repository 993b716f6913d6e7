/**
 * Fact cards: the Markdown shown when hovering a recognised person, title, acronym, term or
 * milestone. Plain CommonMark only, no HTML and as few escapes as the text needs, so that it
 * reads the same in VS Code's hover and in Neovim's or Helix's floats, which show Markdown
 * nearly as written. A source that is a web address is a link.
 */
import type { CardDate, CardRole, FactCard, SourceRef } from '../engine';

function where(at: SourceRef): string {
  return at.file === null ? `${at.table} table, line ${at.line}` : `${at.file}, line ${at.line}`;
}

/**
 * Escapes only what would start Markdown inside a line: code spans, `*` emphasis, a `_` that can
 * open or close emphasis (one inside a word cannot, so `kaikenite_000001` stays as written), a
 * `[` that a `]` follows, and a backslash before punctuation. Floats outside VS Code show every
 * other escape as written.
 */
function esc(s: string): string {
  return s
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[`*]/g, '\\$&')
    .replace(/_/g, (u, i: number, all: string) => (/[\p{L}\p{N}]/u.test(all[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[i + 1] ?? '') ? u : '\\_'))
    .replace(/\[(?=[^\]]*\])/g, '\\[');
}

/** A web address at the start of a citation: with its scheme, or a domain with an optional path. */
const ADDRESS = /^(?:https?:\/\/\S+|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?)(?=\s|$)/i;

/**
 * A `source` as a reader follows it. Citations are separated by "; ". One that starts with a web
 * address links it, with the words after it (a date, a note) as text; any other is plain text.
 */
function source(s: string): string {
  return s
    .split(/;\s+/)
    .map((cite) => {
      const m = ADDRESS.exec(cite);
      if (!m) return esc(cite);
      const address = m[0].replace(/[.,]+$/, '');
      const url = /^https?:/i.test(address) ? address : `https://${address}`;
      const shown = address.replace(/^https?:\/\//i, '').replace(/\/$/, '');
      return `[${esc(shown)}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})${esc(cite.slice(address.length))}`;
    })
    .join('; ');
}

function term(r: CardRole): string {
  if (r.from && r.to) return `${r.from} to ${r.to}`;
  if (r.from) return `since ${r.from}`;
  if (r.to) return `until ${r.to}`;
  return 'dates not known';
}

/** The date a person's or title's card is judged at, and why: 'Governing date: on 2026-03-09 — the sentence says "on March 9"'. */
function governing(dates: CardDate[]): string {
  const each = dates.map((d) => `${d.when} — ${esc(d.why)}`);
  return each.length === 1 ? `Governing date: ${each[0]}` : `Governing dates: ${each.join('; or ')}`;
}

function card(c: FactCard): string {
  const lines: string[] = [];
  switch (c.kind) {
    case 'person':
      lines.push(`**${esc(c.person.name)}**`);
      if (c.person.aliases.length > 0) lines.push(`Also written: ${c.person.aliases.map(esc).join(', ')}`);
      lines.push('');
      for (const r of c.roles) {
        const title = r.country ? `${esc(r.title)} (${esc(r.country)})` : esc(r.title);
        lines.push(`- ${r.current ? '**' + title + '**' : title}, ${term(r)}${r.source ? ` — ${source(r.source)}` : ''}`);
      }
      if (c.governing.length > 0) lines.push('', governing(c.governing));
      break;
    case 'title':
      for (const o of c.offices) {
        lines.push(`**${esc(o.office.title)}**${o.office.country ? ` (${esc(o.office.country)})` : ''}`);
        if (o.office.aliases.length > 0) lines.push(`Also written: ${o.office.aliases.map(esc).join(', ')}`);
        lines.push(o.holders.length > 0 ? `Held ${c.when}: ${o.holders.map(esc).join(', ')}` : `Holder ${c.when}: not certain from the table`);
        if (o.office.source) lines.push(`Source: ${source(o.office.source)}`);
        lines.push('');
      }
      if (c.governing.length > 0) lines.push(governing(c.governing));
      break;
    case 'acronym':
      lines.push(`**${esc(c.acronym.short)}**: ${esc(c.acronym.expansion)}`);
      if (c.acronym.variants.length > 0) lines.push(`Known wrong forms: ${c.acronym.variants.map(esc).join(', ')}`);
      if (c.acronym.source) lines.push(`Source: ${source(c.acronym.source)}`);
      break;
    case 'term':
      lines.push(`**${esc(c.term.canonical)}**`);
      if (c.term.variants.length > 0) lines.push(`Known wrong forms: ${c.term.variants.map(esc).join(', ')}`);
      if (c.term.source) lines.push(`Source: ${source(c.term.source)}`);
      break;
    case 'milestone':
      lines.push(`**${esc(c.milestone.name)}**: ${c.date}`);
      if (c.milestone.aliases.length > 0) lines.push(`Also written: ${c.milestone.aliases.map(esc).join(', ')}`);
      if (c.milestone.source) lines.push(`Source: ${source(c.milestone.source)}`);
      break;
  }
  lines.push('', `_factlint · ${esc(where(c.at))}_`);
  // Markdown joins single lines into one paragraph: end each line with a hard break, except
  // list items and the lines around blank ones, which keep their own structure.
  return lines.map((l, i) => (l === '' || l.startsWith('- ') || lines[i + 1] === '' || i === lines.length - 1 ? l : `${l}  `)).join('\n');
}

/** The Markdown of a hover over several cards. */
export function hoverMarkdown(cards: FactCard[]): string {
  return cards.map(card).join('\n\n---\n\n');
}

/**
 * The cards with the fact of a finding under the cursor first: the card that says why the text
 * is flagged is the one a writer hovering a squiggle wants (the rest keep their order).
 */
export function factFirst(cards: FactCard[], findings: readonly { offset: number; length: number; fact: { table: string; line: number } | null }[], offset: number): FactCard[] {
  const facts = findings.filter((f) => f.fact !== null && f.offset <= offset && offset <= f.offset + f.length).map((f) => f.fact!);
  if (facts.length === 0) return cards;
  const cites = (c: FactCard) => facts.some((fact) => fact.line === c.at.line && (fact.table === c.at.table || fact.table === c.at.file));
  return [...cards.filter(cites), ...cards.filter((c) => !cites(c))];
}
