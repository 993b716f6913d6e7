/**
 * The two real stories factlint started from, and our paraphrases of them. The real ones are read
 * from the research folder beside the repository (CI has it; FACTLINT_ARTICLES_DIR names another
 * folder) and are never copied in. The paraphrases (test/fixtures/ij-paraphrase-*) repeat their
 * shapes in our own words and always run, so the checks hold even where the folder is missing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The folder of the real articles. */
export const REAL_ARTICLES = process.env.FACTLINT_ARTICLES_DIR
  ? path.resolve(process.env.FACTLINT_ARTICLES_DIR)
  : path.resolve(ROOT, '..', 'shared', 'research', 'articles');

/** A story, and what checking it must give. */
export interface Story {
  /** "real" stories may be missing; "paraphrased" ones are in the repository. */
  kind: 'real' | 'paraphrased';
  /** The year of its article date, which tells the two stories apart in titles. */
  year: 2025 | 2026;
  /** Absolute path of the text. */
  file: string;
  /** The article date a check must find. */
  articleDate: string;
  /** Where the one wrong acronym, "FIOP", starts (0-based line and character, as LSP counts); null in a clean story. */
  fiop: { line: number; character: number } | null;
}

const paraphrase = (folder: string) => path.join(ROOT, 'test', 'fixtures', folder, 'draft.txt');

/** Both stories, each real and paraphrased. */
export const STORIES: readonly Story[] = [
  { kind: 'paraphrased', year: 2026, file: paraphrase('ij-paraphrase-oue-2026'), articleDate: '2026-03-06', fiop: { line: 6, character: 273 } },
  { kind: 'paraphrased', year: 2025, file: paraphrase('ij-paraphrase-misri-tokyo-2025'), articleDate: '2025-05-22', fiop: null },
  { kind: 'real', year: 2026, file: path.join(REAL_ARTICLES, '2026-03-06-misri-oue.txt'), articleDate: '2026-03-06', fiop: { line: 6, character: 312 } },
  { kind: 'real', year: 2025, file: path.join(REAL_ARTICLES, '2025-05-22-misri-tokyo.txt'), articleDate: '2025-05-22', fiop: null },
];

/** Why the real stories cannot be read here, or null when they can. */
export function realArticlesMissing(): string | null {
  if (fs.existsSync(REAL_ARTICLES)) return null;
  return `the real articles are not in ${REAL_ARTICLES} (FACTLINT_ARTICLES_DIR names their folder)`;
}

/** A test title for stories of a kind; it says why they are skipped when they will be. */
export function storyTitle(kind: Story['kind'], what: string): string {
  const missing = kind === 'real' && realArticlesMissing() !== null;
  return missing ? `${what} (${kind}; skipped: ${REAL_ARTICLES} not found)` : `${what} (${kind})`;
}

let told = false;

/**
 * Skips a test of the real stories when they are missing. Mocha's dot reporter prints no titles
 * of pending tests, so the reason is printed too, once per run.
 */
export function skipWithoutRealArticles(ctx: Mocha.Context, kind: Story['kind']): void {
  const missing = kind === 'real' ? realArticlesMissing() : null;
  if (missing === null) return;
  if (!told) {
    console.log(`\n  pending: ${missing}; the paraphrases in test/fixtures/ij-paraphrase-* were checked instead\n`);
    told = true;
  }
  ctx.skip();
}
