/**
 * Lines, words and definition lines of a Markdown text, for the predicates in differences.ts.
 * Plain text helpers: they know nothing of micromark or the masker.
 */

/** Where the line holding `at` starts. */
export function lineStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
}

/** Where the line holding `at` ends (before its line break). */
export function lineEnd(text: string, at: number): number {
  const m = /[\r\n]/.exec(text.slice(at));
  return m === null ? text.length : at + m.index;
}

/** The run of non-white-space characters around `at`. */
export function wordAround(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return text.slice(s, e);
}

/** The line before the one holding `at` (without its line break), or undefined on the first line. */
export function previousLine(text: string, at: number): { start: number; end: number } | undefined {
  const start = lineStart(text, at);
  if (start === 0) return undefined;
  let end = start - 1;
  if (text[end] === '\n' && text[end - 1] === '\r') end--;
  return { start: lineStart(text, end), end };
}

/** Whether `at` is in a list marker (`-`, `+`, `*`, `1.`, `2)`) that only white space, `>` and other markers precede on its line. */
export function inListMarker(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && /[0-9]/.test(text[s - 1])) s--;
  if (!/^(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]|$|\r|\n)/.test(text.slice(s, s + 12))) return false;
  return /^(?:[ \t>]|[-+*][ \t]|[0-9]{1,9}[.)][ \t])*$/.test(text.slice(lineStart(text, at), s));
}

/** A link label as CommonMark matches them: trimmed, inner white space collapsed, case folded. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/** The normalised label of a definition's text (`[label]: …`). */
export function definitionLabel(definition: string): string {
  const m = /\[((?:[^\]\\]|\\.)*)\]/.exec(definition);
  return m === null ? '' : normalizeLabel(m[1]);
}

/** A link reference definition's line: `[label]:` and the destination (after any container markers). */
const DEFINITION_LINE = /^(?:[ \t>]|[-+*][ \t]|[0-9]{1,9}[.)][ \t])*\[((?:[^\]\\]|\\.)+)\]:[ \t]*(\S*)/;

/** Whether the line from `start` is a definition line whose destination's parentheses do not balance; its label if so. */
export function unbalancedDefinition(text: string, start: number): string | undefined {
  const m = DEFINITION_LINE.exec(text.slice(start, lineEnd(text, start)));
  return m !== null && !balancedParens(m[2]) ? normalizeLabel(m[1]) : undefined;
}

function balancedParens(destination: string): boolean {
  let depth = 0;
  for (let k = 0; k < destination.length; k++) {
    const c = destination[k];
    if (c === '\\') k++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
