/**
 * micromark's reading of a Markdown text, character by character: the independent check of the
 * hand-written masker (server/src/engine/text/mask.ts). micromark reports every token of
 * CommonMark, GFM and front matter with its offsets; a character is syntax when a token of a
 * syntax kind covers it, and prose otherwise.
 */
import { normalizeLabel } from './lines';

/** One micromark token that makes its characters syntax, with the kinds of the tokens around it. */
export interface SyntaxToken {
  /** micromark's token type, e.g. `codeIndented`, `htmlFlow`, `listItemMarker`. */
  readonly type: string;
  /** Its first offset in the text. */
  readonly start: number;
  /** The offset just after it. */
  readonly end: number;
  /** The types of the tokens that enclose it, outermost first (e.g. `listOrdered` for code in a list). */
  readonly within: readonly string[];
}

/** What micromark says about each character of one text. */
export interface Reading {
  /** The text read. */
  readonly text: string;
  /** 1 where a character is syntax, 0 where it is prose. */
  readonly mask: Uint8Array;
  /** For each syntax character, the outermost token that makes it syntax (what the differences' predicates ask about). */
  readonly by: readonly (SyntaxToken | undefined)[];
  /** Every link reference definition: its normalised label and whether it spans lines. */
  readonly definitions: readonly { label: string; multiline: boolean }[];
  /** Every link or image made by a reference (no `(…)` destination): the label it uses, normalised, and its range. */
  readonly referenceLinks: readonly { label: string; start: number; end: number }[];
}

/** Reads one text. */
export type ReadMarkdown = (text: string) => Reading;

/**
 * Token types whose characters a reader does not read as words: code, HTML, destinations and
 * titles, definitions, front matter, and the markers of blocks, emphasis, links and escapes.
 * Everything else (text data, link text, alt text, character references) is prose.
 */
const SYNTAX = new Set([
  // front matter
  'yaml', 'toml',
  // code and HTML
  'codeFenced', 'codeIndented', 'codeText', 'htmlFlow', 'htmlText',
  // links: `<…>` autolinks, `(url "title")`, `[id]`, `[`, `![`, `]`, definitions, footnote calls and labels
  'autolink', 'resource', 'reference', 'labelMarker', 'labelImageMarker', 'definition',
  'gfmFootnoteCall', 'gfmFootnoteDefinitionLabel', 'definitionMarker',
  // block markers
  'atxHeadingSequence', 'setextHeadingLineSequence', 'thematicBreakSequence', 'blockQuoteMarker',
  'listItemMarker', 'listItemValue', 'taskListCheck', 'tableDelimiterRow', 'tableCellDivider',
  // inline markers
  'emphasisSequence', 'strongSequence', 'strikethroughSequence', 'escapeMarker', 'hardBreakEscape',
]);

/** The shape of micromark's events that this file reads (its own types are ESM-only). */
type Event = [kind: 'enter' | 'exit', token: { type: string; start: { offset: number }; end: { offset: number } }, context: unknown];

/**
 * Loads micromark and its extensions and returns the reader. They are ES modules only; this file
 * compiles to CommonJS, where TypeScript (module node16) keeps `import()` as a real dynamic import
 * that Node resolves as ESM — which works on every Node this project supports, unlike `require()`
 * of ESM (unflagged only from Node 20.19, and TypeScript would refuse it under node16 anyway).
 *
 * GFM autolink literals are left out on purpose: bare URLs and e-mail addresses follow factlint's
 * own rule (bare-links.ts), applied after the Markdown pass, so there is no grammar to agree on;
 * the differences list says what the masker hides there that micromark does not.
 */
export async function loadOracle(): Promise<ReadMarkdown> {
  const [{ parse, postprocess, preprocess }, { frontmatter }, { gfmFootnote }, { gfmStrikethrough }, { gfmTable }, { gfmTaskListItem }] =
    await Promise.all([
      import('micromark'),
      import('micromark-extension-frontmatter'),
      import('micromark-extension-gfm-footnote'),
      import('micromark-extension-gfm-strikethrough'),
      import('micromark-extension-gfm-table'),
      import('micromark-extension-gfm-task-list-item'),
    ]);
  const extensions = [frontmatter(['yaml', 'toml']), gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()];
  return (text) => {
    // micromark drops a leading byte order mark, and counts its offsets without it.
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const chunks = preprocess()(shift === 1 ? text.slice(1) : text, undefined, true);
    const events = postprocess(parse({ extensions }).document().write(chunks)) as unknown as Event[];
    return readEvents(text, events, shift);
  };
}

/** Paints the syntax tokens' characters (the outermost token wins) and collects references and definitions. */
function readEvents(text: string, events: readonly Event[], shift: number): Reading {
  const mask = new Uint8Array(text.length);
  const by: (SyntaxToken | undefined)[] = new Array(text.length).fill(undefined);
  const definitions: { label: string; multiline: boolean }[] = [];
  const referenceLinks: { label: string; start: number; end: number }[] = [];
  const open: { type: string; start: number; end: number; label: string; resource: boolean }[] = [];
  for (const [kind, token] of events) {
    const start = token.start.offset + shift;
    const end = token.end.offset + shift;
    if (kind === 'exit') {
      const done = open.pop();
      if (done !== undefined && (done.type === 'link' || done.type === 'image') && !done.resource) {
        referenceLinks.push({ label: done.label, start: done.start, end: done.end });
      }
      continue;
    }
    const within = open.map((t) => t.type);
    if (SYNTAX.has(token.type)) {
      const syntax: SyntaxToken = { type: token.type, start, end, within };
      for (let i = start; i < end; i++) {
        if (mask[i] === 1) continue;
        mask[i] = 1;
        by[i] = syntax;
      }
    }
    if (token.type === 'definitionLabelString') {
      // Inside definitionLabel, inside definition.
      const definition = open[open.length - 2];
      definitions.push({ label: normalizeLabel(text.slice(start, end)), multiline: /[\r\n]/.test(text.slice(definition.start, definition.end)) });
    } else if (token.type === 'labelText' || token.type === 'referenceString') {
      // Inside label or reference, inside the link or image; a full reference's label wins over the text.
      open[open.length - 2].label = normalizeLabel(text.slice(start, end));
    } else if (token.type === 'resource') {
      open[open.length - 1].resource = true;
    }
    open.push({ type: token.type, start, end, label: '', resource: false });
  }
  return { text, mask, by, definitions, referenceLinks };
}
