/**
 * `--format stylish` (the default), as ESLint's: findings grouped by file, aligned columns,
 * then a summary. Under each file's path, the article date its findings were judged at and where
 * it came from, so a reader can tell a finding that rests on a guess. A clean run prints nothing.
 * Paths and messages are printed as `printable.ts` makes them: a path with a control character
 * (a line break, an escape) in double quotes with escapes, as git prints such a path, and a
 * message's control characters as escapes; so each finding stays on its line. On a terminal,
 * messages wrap to its width; the summary's "fixable with --fix" is what --fix would fix.
 */
import { createColors } from 'picocolors';
import { isFixable, type FileReport, type ReportFinding } from '../report';
import type { Severity } from '../../engine';
import { printable, printablePath } from '../printable';
import type { Formatter } from './types';

export const stylish: Formatter = (report, ctx) => {
  const c = createColors(ctx.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  let out = '';
  let fixable = 0;
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    out += c.underline(printablePath(file.path)) + '\n';
    out += '  ' + c.dim(`article date ${file.articleDate} (${dateOrigin(file)})`) + '\n';
    const widths = columnWidths(file.findings);
    // On a terminal the messages wrap to its width, the rule id kept on the first line; elsewhere
    // each finding is one line (a file or a CI log has no width, and greps well so).
    const lead = 2 + widths.line + 1 + widths.column + 2 + widths.severity + 2;
    const room = ctx.width === undefined ? undefined : Math.max(MIN_MESSAGE, ctx.width - lead - 2 - widths.rule - 1);
    for (const f of file.findings) {
      if (isFixable(f)) fixable++;
      const position = String(f.line).padStart(widths.line) + ':' + String(f.column).padEnd(widths.column);
      const message = printable(f.message);
      const lines = room === undefined || message.length <= room ? [message] : wrap(message, room);
      const cells = [c.dim(position), paint[f.severity](f.severity.padEnd(widths.severity)), lines[0].padEnd(room === undefined ? widths.message : Math.min(room, widths.message)), c.dim(f.rule)];
      out += '  ' + cells.join('  ') + '\n';
      for (const more of lines.slice(1)) out += ' '.repeat(lead) + more + '\n';
    }
    out += '\n';
  }
  const { errors, warnings, infos } = report.summary;
  const problems = errors + warnings + infos;
  if (problems === 0) return '';
  const mark = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
  out += c.bold(mark(`✖ ${plural(problems, 'problem')} (${counts})`)) + '\n';
  const canFix = ctx.fixable ?? fixable;
  if (canFix > 0) out += c.bold(mark(`  ${canFix} fixable with --fix`)) + '\n';
  return out;
};

/** Where a file's article date came from, in words (docs/contract.md §3's steps). */
const ORIGINS: Record<string, string> = {
  option: '--date or .factlint.yaml',
  'front-matter': 'front matter',
  'date-line': 'date line',
  dateline: 'dateline',
  'first-date': 'first date in the text',
  weekday: 'a day written with its weekday: year guessed',
  today: "no date found: judged at today's date",
};

function dateOrigin(file: FileReport): string {
  const origin = Object.hasOwn(ORIGINS, file.articleDateSource) ? ORIGINS[file.articleDateSource] : file.articleDateSource;
  return file.articleDateGuessed && file.articleDateSource === 'dateline' ? `${origin} without a year: year guessed` : origin;
}

/** The narrowest a wrapped message column gets, however narrow the terminal. */
const MIN_MESSAGE = 24;

/** A message in lines of at most `width` characters, broken at spaces (a longer word on a line of its own, cut). */
function wrap(message: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of message.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

function columnWidths(findings: ReportFinding[]) {
  // A loop, not Math.max(...): a file may have more findings than a call has room for arguments.
  const max = (pick: (f: ReportFinding) => string) => findings.reduce((m, f) => Math.max(m, pick(f).length), 0);
  return {
    line: max((f) => String(f.line)),
    column: max((f) => String(f.column)),
    severity: max((f) => f.severity),
    message: max((f) => printable(f.message)),
    rule: max((f) => f.rule),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
