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

/** The stage noun of a name written "<noun> of [the] <base>", "<base>'s <noun>" or "<base> <noun>". */
function stageOfName(name: string, base: string): MilestoneStage | undefined {
  if (name.length > base.length + 1 && name.endsWith(' ' + base)) {
    const before = /^(.+) of(?: the)?$/.exec(name.slice(0, -base.length - 1));
    return before ? STAGE_BY_NOUN.get(before[1]) : undefined;
  }
  if (name.startsWith(base + ' ') || name.startsWith(base + "'s ")) {
    return STAGE_BY_NOUN.get(name.slice(name.indexOf(' ', base.length) + 1));
  }
  return undefined;
}

/**
 * The milestones whose name makes them a stage of milestone `ref` ("entry into force of the
 * India-Australia ECTA" of "India-Australia ECTA"). Read only for a mention with a date, so it
 * walks the table then rather than indexing it for every text.
 */
export function stagesOf(milestones: readonly Milestone[], ref: number): StageOf[] {
  const bases = names(milestones[ref]);
  const found: StageOf[] = [];
  milestones.forEach((other, i) => {
    if (i === ref) return;
    for (const n of names(other)) {
      const stage = bases.map((b) => stageOfName(n, b)).find((s) => s !== undefined);
      if (stage) {
        found.push({ ref: i, stage });
        return;
      }
    }
  });
  return found;
}
