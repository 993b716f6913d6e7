/** Fact cards: the Markdown shown when hovering a recognised person, title, acronym, term or milestone. */
import type { CardRole, FactCard, SourceRef } from '../engine';

function where(at: SourceRef): string {
  return at.file === null ? `${at.table} table, line ${at.line}` : `${at.file}, line ${at.line}`;
}

function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');
}

function term(r: CardRole): string {
  if (r.from && r.to) return `${r.from} to ${r.to}`;
  if (r.from) return `since ${r.from}`;
  if (r.to) return `until ${r.to}`;
  return 'dates not known';
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
        lines.push(`- ${r.current ? '**' + title + '**' : title}, ${term(r)}${r.source ? ` — _${esc(r.source)}_` : ''}`);
      }
      break;
    case 'title':
      for (const o of c.offices) {
        lines.push(`**${esc(o.office.title)}**${o.office.country ? ` (${esc(o.office.country)})` : ''}`);
        if (o.office.aliases.length > 0) lines.push(`Also written: ${o.office.aliases.map(esc).join(', ')}`);
        lines.push(o.holders.length > 0 ? `Held ${c.when}: ${o.holders.map(esc).join(', ')}` : `Holder ${c.when}: not certain from the table`);
        if (o.office.source) lines.push(`Source: _${esc(o.office.source)}_`);
        lines.push('');
      }
      break;
    case 'acronym':
      lines.push(`**${esc(c.acronym.short)}**: ${esc(c.acronym.expansion)}`);
      if (c.acronym.variants.length > 0) lines.push(`Known wrong forms: ${c.acronym.variants.map(esc).join(', ')}`);
      if (c.acronym.source) lines.push(`Source: _${esc(c.acronym.source)}_`);
      break;
    case 'term':
      lines.push(`**${esc(c.term.canonical)}**`);
      if (c.term.variants.length > 0) lines.push(`Known wrong forms: ${c.term.variants.map(esc).join(', ')}`);
      if (c.term.source) lines.push(`Source: _${esc(c.term.source)}_`);
      break;
    case 'milestone':
      lines.push(`**${esc(c.milestone.name)}**: ${c.date}`);
      if (c.milestone.aliases.length > 0) lines.push(`Also written: ${c.milestone.aliases.map(esc).join(', ')}`);
      if (c.milestone.source) lines.push(`Source: _${esc(c.milestone.source)}_`);
      break;
  }
  lines.push('', `<sub>factlint · ${esc(where(c.at))}</sub>`);
  // Markdown joins single lines into one paragraph: end each line with a hard break, except
  // list items and the lines around blank ones, which keep their own structure.
  return lines.map((l, i) => (l === '' || l.startsWith('- ') || lines[i + 1] === '' || i === lines.length - 1 ? l : `${l}  `)).join('\n');
}

/** The Markdown of a hover over several cards. */
export function hoverMarkdown(cards: FactCard[]): string {
  return cards.map(card).join('\n\n---\n\n');
}
