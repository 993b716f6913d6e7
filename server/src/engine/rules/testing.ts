/** Test helpers for rules: a small facts table of a fictional country, a checker over it, and a check of the one finding a rule makes. */
import assert from 'node:assert/strict';
import { check, compileFacts, type CompiledFacts } from '../index';
import { loadTables } from '../facts/load';
import { applyFixes } from '../fix';
import type { Finding, RuleId } from '../types';

/** A table about nowhere in particular, so rule tests prove nothing depends on the default table. */
export const TEST_TABLE = `version: 1
offices:
  - id: ru-prime-minister
    title: Prime Minister
    aliases: [PM]
    country: Ruritania
  - id: ru-foreign-minister
    title: Minister for Foreign Affairs
    aliases: [Foreign Minister, FM]
    country: Ruritania
  - id: ru-finance-minister
    title: Finance Minister
    country: Ruritania
  - id: gr-foreign-minister
    title: Foreign Minister
    country: Graustark
people:
  - name: Anna Kovalenko
    aliases: [Kovalenko]
    roles:
      - office: ru-prime-minister
        from: 2021-03-01
  - name: Piotr Stanek
    aliases: [Stanek]
    roles:
      - office: ru-foreign-minister
        from: 2019-05-01
        to: 2023-06-30
      - office: ru-finance-minister
        from: 2023-07-01
  - name: Lena Marchetti
    aliases: [Marchetti]
    roles:
      - office: ru-foreign-minister
        from: 2023-07-01
  - name: Tomas Brell
    roles:
      - title: Special Envoy to the Prime Minister
        country: Ruritania
        from: 2024-01-15
  - name: Hugo Varga
    roles:
      - office: gr-foreign-minister
        from: 2022-01-01
  - name: Maria von Hallenberg
  - name: Jean-Paul Moreau
acronyms:
  - short: RDB
    expansion: Ruritanian Development Bank
    variants: [RBD]
  - short: CAFTA
    expansion: Coastal Alliance Free Trade Agreement
  - short: NCA
    expansion: National Coastal Authority
    variants: [National Coast Authority]
  - short: NRA
    expansion: National Rail Authority
terms:
  - canonical: Treaty of Zenda
    variants: [Zenda Treaty]
milestones:
  - name: Treaty of Zenda
    aliases: [signing of the Treaty of Zenda]
    date: 2018-06-14
  - name: Strelsau floods
    aliases: [Strelsau flood]
    date: 2022-09
`;

const compiled = new Map<string, CompiledFacts>();

/** Compiles a table (or several, merged in order, named test.facts.yaml, test-2.facts.yaml, …) once per test run. */
export function facts(table: string | readonly string[] = TEST_TABLE): CompiledFacts {
  const tables = typeof table === 'string' ? [table] : table;
  const key = JSON.stringify(tables);
  let c = compiled.get(key);
  if (!c) {
    const r = loadTables(tables.map((text, i) => (i === 0 ? { name: 'test', file: 'test.facts.yaml', text } : { name: `test-${i + 1}`, file: `test-${i + 1}.facts.yaml`, text })));
    if (r.errors.length > 0) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
    c = compileFacts(r.facts);
    compiled.set(key, c);
  }
  return c;
}

/** Findings of one rule on a text, with an article date. */
export function findings(rule: RuleId, text: string, articleDate = '2025-03-01', table: string | readonly string[] = TEST_TABLE): Finding[] {
  return check(text, facts(table), { format: 'markdown', articleDate, today: '2026-11-21' }).findings.filter((f) => f.rule === rule);
}

/** Findings of one rule on a text given no article date, checked on `today`: the text's own dates, else today, decide. */
export function undated(rule: RuleId, text: string, today: string, table = TEST_TABLE): Finding[] {
  return check(text, facts(table), { format: 'markdown', today }).findings.filter((f) => f.rule === rule);
}

/** What a test expects of the one finding a rule makes on a text; what is left out is not checked. */
export interface ExpectedFinding {
  /** The flagged text. */
  flagged?: string;
  /** The whole message. */
  message?: RegExp;
  /** The text after the finding's preferred fix, as the engine's `applyFixes` applies it. */
  fixed?: string;
}

/** Checks that a rule makes exactly one finding on a text and that it is as expected; returns it for further checks. */
export function assertFinding(rule: RuleId, text: string, expected: ExpectedFinding, articleDate?: string, table?: string): Finding {
  const found = findings(rule, text, articleDate, table);
  assert.equal(found.length, 1, `${rule} should make one finding on ${JSON.stringify(text)}, made ${found.length}`);
  const [f] = found;
  if (expected.flagged !== undefined) assert.equal(f.text, expected.flagged);
  if (expected.message !== undefined) assert.match(f.message, expected.message);
  if (expected.fixed !== undefined) assert.equal(applyFixes(text, [f]).text, expected.fixed);
  return f;
}
