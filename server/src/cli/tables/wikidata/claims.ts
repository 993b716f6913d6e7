/**
 * Reading an entity's labels, aliases and statements, defensively: every field may be missing or
 * of another shape, and what cannot be read is treated as absent.
 */
import { isQid, parseIsoDate } from '../../../engine';
import type { DateText } from '../../../project/table-doc';
import { isJsonObject } from '../json';
import type { WdEntity, WdSnak, WdStatement } from './entities';

/** The properties the import reads. */
export const P = {
  instanceOf: 'P31',
  country: 'P17',
  jurisdiction: 'P1001',
  positionHeld: 'P39',
  start: 'P580',
  end: 'P582',
  replacedBy: 'P1366',
  pointInTime: 'P585',
  shortName: 'P1813',
  dateOfDeath: 'P570',
} as const;

/** The item "human". */
export const HUMAN = 'Q5';

/** Wikidata's Julian calendar model. */
const JULIAN = 'http://www.wikidata.org/entity/Q1985786';

/** An entity's statements of a property that are not deprecated, in the entity's order. */
export function statements(e: WdEntity, property: string): WdStatement[] {
  const list = isJsonObject(e.claims) ? e.claims[property] : undefined;
  return Array.isArray(list) ? list.filter((s) => isJsonObject(s) && s.rank !== 'deprecated') : [];
}

/** The statements of a property that Wikidata ranks best: the preferred ones when there are any, else the normal ones. */
export function bestStatements(e: WdEntity, property: string): WdStatement[] {
  const all = statements(e, property);
  const preferred = all.filter((s) => s.rank === 'preferred');
  return preferred.length > 0 ? preferred : all;
}

/** A statement's qualifier snaks of a property. */
export function qualifiers(s: WdStatement, property: string): WdSnak[] {
  const list = isJsonObject(s.qualifiers) ? s.qualifiers[property] : undefined;
  return Array.isArray(list) ? list.filter(isJsonObject) : [];
}

/** The item a snak names (Q…), when it has a value that is one. */
export function itemValue(snak: WdSnak | undefined): string | undefined {
  if (!isJsonObject(snak) || snak.snaktype !== 'value' || !isJsonObject(snak.datavalue)) return undefined;
  const v = snak.datavalue.value;
  if (!isJsonObject(v)) return undefined;
  if (typeof v.id === 'string' && isQid(v.id)) return v.id;
  return typeof v['numeric-id'] === 'number' && v['numeric-id'] > 0 ? `Q${v['numeric-id']}` : undefined;
}

/** The text and language of a monolingual text snak. */
export function monolingualValue(snak: WdSnak | undefined): { text: string; language: string } | undefined {
  if (!isJsonObject(snak) || snak.snaktype !== 'value' || !isJsonObject(snak.datavalue)) return undefined;
  const v = snak.datavalue.value;
  return isJsonObject(v) && typeof v.text === 'string' && typeof v.language === 'string' && v.text !== '' ? { text: v.text, language: v.language } : undefined;
}

/**
 * A time snak as a table date, at the precision Wikidata gives: 9 a year, 10 a month, 11 (or
 * finer) a day. Undefined for a coarser precision (a decade, a century), a date before the year
 * 1000 or after 9999 (the table's range), and a date BCE. A date in the Julian calendar is kept
 * to its year only: its day and month are not the Gregorian ones the table means. A month or day
 * written as 00, or a day the month does not have, drops to the precision that is real.
 */
export function timeValue(snak: WdSnak | undefined): DateText | undefined {
  if (!isJsonObject(snak) || snak.snaktype !== 'value' || !isJsonObject(snak.datavalue)) return undefined;
  const v = snak.datavalue.value;
  if (!isJsonObject(v) || typeof v.time !== 'string' || typeof v.precision !== 'number') return undefined;
  const m = /^\+0*([0-9]{4,})-([0-9]{2})-([0-9]{2})T/.exec(v.time);
  if (!m || m[1].length > 4 || v.precision < 9) return undefined;
  const year = Number(m[1]);
  if (year < 1000) return undefined;
  const precision = v.calendarmodel === JULIAN ? 9 : v.precision;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const month = `${m[1]}-${m[2]}`;
  if (precision >= 11 && parseIsoDate(day)) return day;
  return precision >= 10 && parseIsoDate(month) ? month : m[1];
}

/** An entity's label in the first of `languages` that has one, and that language. */
export function label(e: WdEntity, languages: readonly string[]): { text: string; language: string } | undefined {
  if (!isJsonObject(e.labels)) return undefined;
  for (const language of languages) {
    const term = e.labels[language];
    if (isJsonObject(term) && typeof term.value === 'string' && term.value.trim() !== '') return { text: term.value.trim(), language };
  }
  return undefined;
}

/** An entity's aliases in `language` and in `mul` (names the same in every language), without `not` and repeats. */
export function aliases(e: WdEntity, language: string, not: string): string[] {
  if (!isJsonObject(e.aliases)) return [];
  const out: string[] = [];
  for (const lang of language === 'mul' ? ['mul'] : [language, 'mul']) {
    const list = e.aliases[lang];
    if (!Array.isArray(list)) continue;
    for (const a of list) {
      const text = isJsonObject(a) && typeof a.value === 'string' ? a.value.trim() : '';
      if (text !== '' && text !== not && !out.includes(text)) out.push(text);
    }
  }
  return out;
}

/** The numeric part of a QID, for sorting items in Wikidata's order. */
export function qidNumber(qid: string): number {
  return Number(qid.slice(1));
}
