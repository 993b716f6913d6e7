/**
 * The engine: (text, compiled facts, options) → findings with fixes.
 * Pure: no file system, no clock, no editor. Front ends import from here.
 */
import type { CheckOptions, CheckResult } from './api';
import type { CompiledFacts } from './match/compile';
import { ALL_RULES } from './rules';
import { formatIso } from './dates';
import { RuleContext } from './rules/shared/rule-context';
import { maskDocument } from './text/mask';
import { labelled } from './fix-labels';
import { insideSpan } from './text/quotes';
import { findSuppressions } from './text/suppress';
import type { Finding, Fix, RuleId, Severity } from './types';

// The engine's whole public surface: front ends (cli/, lsp/, project/, server.ts) import the
// engine from this module only, which eslint.config.mjs enforces.
export type { CheckOptions, CheckResult, DocumentFormat, IgnoreEntry } from './api';
export { compileFacts, type CompiledFacts } from './match/compile';
export { articleDateOrigin, describeAt, type CardDate, type CardRole, type FactCard } from './describe';
export { findNewPeople, suggestAlias, type AliasSuggestion, type NewPerson, type NewRole } from './additions';
export { applyFixes, editsOverlap, fixRepeatedly, spanEdit, type ApplyFixesOptions, type ApplyFixesResult, type FixRepeatedlyResult } from './fix';
export { formatFactsError, loadTables, parseTable, type TableInput } from './facts/load';
export type { Acronym, Facts, FactsError, Milestone, Office, PartialDate, Person, Role, SourceRef, Term } from './facts/model';
export { allowedKeys, isAcronymShort, isOfficeId, isQid } from './facts/schema';
export { deserializeCompiled, SERIAL_FORMAT, serializeCompiled } from './match/serialize';
export { LineIndex, type LineColumn } from './text/positions';
export type { SkippedKind, SkippedText } from './text/mask';
export { dateMessage, formatIso, isIsoDay, parseIsoDate, startsAfterEnd } from './dates';
export { RULE_LEVELS, type Edit, type FactRef, type Finding, type Fix, type RuleId, type RuleLevel, type Severity } from './types';

/** A rule as front ends describe it. */
export interface RuleInfo {
  /** Kebab-case id. */
  id: RuleId;
  /** One-line description. */
  description: string;
  /** Severity unless configured. */
  defaultSeverity: Severity;
}

/** Every rule's id, description and default severity, sorted by id. */
export const RULES: readonly RuleInfo[] = ALL_RULES.map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity }));

const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);
const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS);

/** Checks one text. */
export function check(text: string, compiled: CompiledFacts, options: CheckOptions): CheckResult {
  const masked = maskDocument(text, options.format);
  const ctx = new RuleContext(text, masked.masked, compiled, options.articleDate, options.today);
  const suppressions = findSuppressions(text, options.format, masked, RULE_ID_SET);
  ctx.directives = suppressions.directives;
  ctx.ruleIds = RULE_IDS;
  const findings: Finding[] = [];
  const ignored = ignoring(options.ignore);
  for (const rule of ALL_RULES) {
    const level = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    for (const f of rule.run(ctx)) {
      if (suppressions.isSuppressed(rule.id, f.offset)) continue;
      if (ignored !== undefined && ignored(rule.id, text.slice(f.offset, f.offset + f.length))) continue;
      // A finding whose every fix would leave the text as it is has misread it: a right text is
      // never reported as wrong for want of a change.
      if (f.fixes.length > 0 && f.fixes.every((fix) => changesNothing(text, fix))) continue;
      if (SIC.test(text.slice(f.offset + f.length, f.offset + f.length + 8))) continue;
      let fixable = f.fixable ?? f.fixes.length === 1;
      // Every finding in a quotation, a title's too, may keep the speaker's words with "[sic]".
      if (insideSpan(ctx.quotes, f.offset, f.offset + f.length)) {
        f.fixes = [...f.fixes, sicFix(f.offset + f.length)];
        fixable = false;
      }
      findings.push({
        rule: rule.id,
        severity: f.infoOnly ? 'info' : level,
        message: f.message,
        offset: f.offset,
        length: f.length,
        text: text.slice(f.offset, f.offset + f.length),
        fixes: f.fixes.map((fix) => labelled(text, fix, f)),
        fixable: fixable && f.fixes.length > 0,
        fact: f.fact,
      });
    }
  }
  findings.sort((a, b) => a.offset - b.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.length - b.length);
  return { articleDate: formatIso(ctx.article.date), articleDateSource: ctx.article.source, articleDateGuessed: ctx.article.guessed, findings: dedupe(findings), skipped: masked.skipped };
}

/** Whether applying a fix's edits would leave `text` as it is. */
function changesNothing(text: string, fix: Fix): boolean {
  return fix.edits.every((e) => text.slice(e.offset, e.offset + e.length) === e.text);
}

/** "[sic]" right after a flagged text: the writer knows, and says so. */
const SIC = /^\s*[[(]sic[\])]/i;

/**
 * In a quotation the wrong fact may be the speaker's own words: beside the correction the
 * finding offers "[sic]", so it has two fixes and is not fixable: the choice is a person's.
 */
function sicFix(at: number): Fix {
  return { title: 'Keep the quotation: insert "[sic]"', edits: [{ offset: at, length: 0, text: ' [sic]' }] };
}

/**
 * Whether a finding is ignored (`.factlint.yaml` `ignore`): its flagged text, white space taken
 * as one space, is an entry's, for the entry's rule or for any.
 */
function ignoring(entries: CheckOptions['ignore']): ((rule: string, flagged: string) => boolean) | undefined {
  if (entries === undefined || entries.length === 0) return undefined;
  const byText = new Map<string, (string | undefined)[]>();
  for (const e of entries) {
    const key = oneSpace(e.text);
    const rules = byText.get(key);
    if (rules) rules.push(e.rule);
    else byText.set(key, [e.rule]);
  }
  return (rule, flagged) => byText.get(oneSpace(flagged))?.some((r) => r === undefined || r === rule) === true;
}

function oneSpace(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

/** Drops a finding identical in rule and range to the one before it. */
function dedupe(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => i === 0 || f.rule !== sorted[i - 1].rule || f.offset !== sorted[i - 1].offset || f.length !== sorted[i - 1].length);
}
