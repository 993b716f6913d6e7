/**
 * Stages of one agreement, in a table and in a text. A table may list an agreement's signing and
 * its entry into force as two milestones ("India-Australia ECTA", "entry into force of the
 * India-Australia ECTA"); the stage words of `MILESTONE_STAGES` (words.ts) tell which milestone
 * is a stage of which, and which of them the words around a mention mean.
 */
import type { Context } from '../../context';
import type { Milestone } from '../../facts/model';
import { MILESTONE_STAGES, type MilestoneStage } from './words';

/** A stage phrase as tokens. */
interface Phrase {
  words: readonly string[];
  stage: MilestoneStage;
}

function phrases(kind: 'nouns' | 'verbs'): Phrase[] {
  const list = MILESTONE_STAGES.flatMap((stage) => stage[kind].map((p) => ({ words: p.split(' '), stage })));
  // Longest first, so "entered into force" wins over a shorter phrase at the same place.
  return list.sort((a, b) => b.words.length - a.words.length);
}

const NOUNS = phrases('nouns');
const VERBS = phrases('verbs');
const STAGE_BY_NOUN = new Map(NOUNS.map((p) => [p.words.join(' '), p.stage]));

/** A stage phrase found in the text: its stage and its first and last tokens. */
export interface StageWords {
  /** The stage it names. */
  stage: MilestoneStage;
  /** First token. */
  first: number;
  /** Last token. */
  last: number;
}

/** Whether a phrase's tokens sit at `first`, joined by single spaces in one sentence. */
function phraseAt(ctx: Context, p: Phrase, first: number): boolean {
  const t = ctx.tokens;
  const last = first + p.words.length - 1;
  if (first < 0 || last >= t.count || ctx.sentenceOf[first] !== ctx.sentenceOf[last]) return false;
  for (let i = 0; i < p.words.length; i++) {
    if (t.lower[first + i] !== p.words[i] || (i > 0 && t.gap[first + i] !== ' ')) return false;
  }
  return true;
}

/** A stage noun or verb whose first token is `k`. */
export function stageStartingAt(ctx: Context, k: number, kind: 'nouns' | 'verbs'): StageWords | undefined {
  for (const p of kind === 'nouns' ? NOUNS : VERBS) {
    if (phraseAt(ctx, p, k)) return { stage: p.stage, first: k, last: k + p.words.length - 1 };
  }
  return undefined;
}

/** A stage noun or verb whose last token is `k`. */
export function stageEndingAt(ctx: Context, k: number, kind: 'nouns' | 'verbs'): StageWords | undefined {
  for (const p of kind === 'nouns' ? NOUNS : VERBS) {
    const first = k - p.words.length + 1;
    if (phraseAt(ctx, p, first)) return { stage: p.stage, first, last: k };
  }
  return undefined;
}

/** Another milestone of the table that is one stage of a milestone. */
export interface StageOf {
  /** Its index in the table's milestones. */
  ref: number;
  /** The stage its name gives. */
  stage: MilestoneStage;
}

function names(m: Milestone): string[] {
  return [m.name, ...m.aliases].map((n) => n.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' '));
}

/** Stage milestones by the base name they are a stage of ("india-australia ecta" → its entry into force), per table. */
const stageIndexes = new WeakMap<readonly Milestone[], Map<string, StageOf[]>>();

/**
 * Reads every milestone name written "<noun> of [the] <base>", "<base>'s <noun>" or "<base>
 * <noun>" once per table, so a mention looks its stages up instead of walking the table.
 */
function stageIndex(milestones: readonly Milestone[]): Map<string, StageOf[]> {
  let index = stageIndexes.get(milestones);
  if (index) return index;
  index = new Map();
  const add = (base: string, ref: number, stage: MilestoneStage) => {
    if (base === '') return;
    const list = index!.get(base);
    if (list) list.push({ ref, stage });
    else index!.set(base, [{ ref, stage }]);
  };
  milestones.forEach((m, ref) => {
    for (const n of names(m)) {
      for (const [noun, stage] of STAGE_BY_NOUN) {
        for (const lead of [`${noun} of the `, `${noun} of `]) if (n.startsWith(lead)) add(n.slice(lead.length), ref, stage);
        if (n.endsWith(` ${noun}`)) {
          const base = n.slice(0, -noun.length - 1);
          add(base.endsWith("'s") ? base.slice(0, -2) : base, ref, stage);
        }
      }
    }
  });
  stageIndexes.set(milestones, index);
  return index;
}

/**
 * The milestones whose name makes them a stage of milestone `ref` ("entry into force of the
 * India-Australia ECTA" of "India-Australia ECTA"), in table order, one stage each.
 */
export function stagesOf(milestones: readonly Milestone[], ref: number): StageOf[] {
  const index = stageIndex(milestones);
  const byRef = new Map<number, StageOf>();
  for (const base of names(milestones[ref])) {
    for (const s of index.get(base) ?? []) if (s.ref !== ref && !byRef.has(s.ref)) byRef.set(s.ref, s);
  }
  return [...byRef.values()].sort((a, b) => a.ref - b.ref);
}
