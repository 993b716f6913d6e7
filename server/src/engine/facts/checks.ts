/**
 * Checks that need every table at once: roles naming an office no table defines, and a string
 * that one entry gives as correct while another lists it as a wrong form. Hash maps only, so a
 * table of 100,000 people costs one pass.
 */
import { errorAt } from './merge';
import type { Facts, FactsError, SourceRef } from './model';
import { closest } from './similar';
import { place, spotIn, type EntryKindName } from './spots';
import { phraseKeys } from '../text/tokenize';

/** Where a field of entry i of a kind is written, or the entry's own place. */
function spot(table: Facts, kind: EntryKindName, i: number, field: string, item?: number): SourceRef {
  return spotIn(table, kind, i, field, item) ?? (table[kind][i] as { at: SourceRef }).at;
}

/** Roles naming an office that no table defines; `tables` are the parsed tables, `merged` their merge. */
export function undefinedOffices(tables: Facts[], merged: Facts): FactsError[] {
  // An office merged into an earlier one with the same Wikidata item keeps its id for its own table's roles.
  const ids = new Set(merged.offices.map((o) => o.id));
  for (const t of tables) for (const o of t.offices) ids.add(o.id);
  const suggestions = new Map<string, string | undefined>();
  const errors: FactsError[] = [];
  for (const table of tables) {
    table.people.forEach((person, i) => {
      person.roles.forEach((role, r) => {
        if (role.office === undefined || ids.has(role.office)) return;
        if (!suggestions.has(role.office)) suggestions.set(role.office, closest(role.office, ids));
        const guess = suggestions.get(role.office);
        const hint = guess ? `did you mean "${guess}"? Otherwise, add` : 'add';
        const at = spotIn(table, 'people', i, 'roles', r) ?? role.at;
        errors.push(errorAt(at, `no facts table defines the office "${role.office}": ${hint} it under "offices:", or write "title: …" for a one-off title`));
      });
    });
  }
  return errors;
}

/** A wrong form and where it is listed. */
interface Wrong {
  /** The form as the table writes it. */
  shown: string;
  /** For messages: "a wrong form of term "…"". */
  what: string;
  /** Index of its table, then its entry's kind, index, field and item, to find its place only when needed. */
  table: number;
  kind: EntryKindName;
  index: number;
  item: number;
}

/**
 * Strings given as correct in one entry and listed as a wrong form in another. A term variant or
 * an all-capitals acronym variant is wrong everywhere; an acronym variant with lower-case letters
 * or spaces is a wrong expansion of that acronym only (it may well be right elsewhere).
 * The error is at the later of the two places and names the earlier.
 */
export function contradictions(tables: Facts[]): FactsError[] {
  // Phrases are compared as the matcher splits them, words and the punctuation between them, so
  // spacing does not hide a conflict ("Look  East Policy" is "Look East Policy"); case is kept, as
  // the matcher tells "Look East policy" from "Look East Policy" where a table lists both.
  const phrase = (text: string): string => {
    const k = phraseKeys(text);
    let key = '';
    for (let i = 0; i < k.originals.length; i++) key += (i === 0 ? '' : k.gaps[i]) + k.originals[i];
    return key;
  };
  const wrong = new Map<string, Wrong>();
  const note = (key: string, w: Wrong) => {
    if (!wrong.has(key)) wrong.set(key, w);
  };
  tables.forEach((t, table) => {
    t.terms.forEach((term, index) =>
      term.variants.forEach((v, item) => note(phrase(v), { shown: v, what: `a wrong form of term "${term.canonical}"`, table, kind: 'terms', index, item })),
    );
    t.acronyms.forEach((a, index) =>
      a.variants.forEach((v, item) => {
        const isExpansion = /[\p{Ll}\s]/u.test(v);
        const what = `a wrong ${isExpansion ? 'expansion' : 'spelling'} of acronym "${a.short}"`;
        note(isExpansion ? `${a.short}\0${phrase(v)}` : phrase(v), { shown: v, what, table, kind: 'acronyms', index, item });
      }),
    );
  });
  if (wrong.size === 0) return [];

  const errors: FactsError[] = [];
  const fix = 'remove it from one of the two entries';
  const check = (key: string, shown: string, what: string, table: number, kind: EntryKindName, index: number, field: string, item?: number) => {
    const w = wrong.get(key);
    if (!w) return;
    wrong.delete(key); // one error per wrong form
    const right = spot(tables[table], kind, index, field, item);
    const bad = spot(tables[w.table], w.kind, w.index, 'variants', w.item);
    const rightIsLater = table !== w.table ? table > w.table : right.line !== bad.line ? right.line > bad.line : right.column > bad.column;
    // Forms written apart but read alike are both quoted.
    const same = w.shown === shown;
    if (rightIsLater) errors.push(errorAt(right, `"${shown}" as ${what} conflicts with ${place(bad)}, which lists ${same ? 'it' : `"${w.shown}"`} as ${w.what}: ${fix}`));
    else errors.push(errorAt(bad, `"${w.shown}" as ${w.what} conflicts with ${place(right)}, which gives ${same ? 'it' : `"${shown}"`} as ${what}: ${fix}`));
  };
  tables.forEach((t, table) => {
    t.offices.forEach((o, i) => {
      check(phrase(o.title), o.title, `the title of office "${o.id}"`, table, 'offices', i, 'title');
      o.aliases.forEach((s, k) => check(phrase(s), s, `an alias of office "${o.id}"`, table, 'offices', i, 'aliases', k));
    });
    t.people.forEach((p, i) => {
      check(phrase(p.name), p.name, 'the name of a person', table, 'people', i, 'name');
      p.aliases.forEach((s, k) => check(phrase(s), s, `an alias of "${p.name}"`, table, 'people', i, 'aliases', k));
    });
    t.acronyms.forEach((a, i) => {
      check(phrase(a.short), a.short, 'an acronym', table, 'acronyms', i, 'short');
      const expansion = `the expansion of acronym "${a.short}"`;
      check(phrase(a.expansion), a.expansion, expansion, table, 'acronyms', i, 'expansion');
      check(`${a.short}\0${phrase(a.expansion)}`, a.expansion, expansion, table, 'acronyms', i, 'expansion');
    });
    t.terms.forEach((term, i) => check(phrase(term.canonical), term.canonical, 'the correct form of a term', table, 'terms', i, 'canonical'));
    t.milestones.forEach((m, i) => {
      check(phrase(m.name), m.name, 'the name of a milestone', table, 'milestones', i, 'name');
      m.aliases.forEach((s, k) => check(phrase(s), s, `an alias of milestone "${m.name}"`, table, 'milestones', i, 'aliases', k));
    });
  });
  return errors;
}
