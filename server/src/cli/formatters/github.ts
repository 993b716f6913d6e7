/**
 * `--format github`: one GitHub Actions workflow command per finding, so each finding is shown on
 * its line of a pull request's diff. Messages carry the preferred fix and the fact's source on
 * lines of their own. A run without findings prints nothing.
 */
import type { Severity } from '../../engine';
import type { ReportFinding } from '../report';
import { ciPath } from './paths';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const github: Formatter = (report, ctx) => {
  let out = '';
  for (const file of report.files) {
    const where = ciPath(file.path, ctx);
    for (const f of file.findings) {
      const props: [string, string | number][] = [['file', where], ['line', f.line]];
      // GitHub reads columns only for an annotation on one line.
      if (f.line === f.endLine) props.push(['col', f.column], ['endLine', f.endLine], ['endColumn', f.endColumn]);
      else props.push(['endLine', f.endLine]);
      props.push(['title', `factlint: ${f.rule}`]);
      const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      out += `::${COMMAND[f.severity]} ${list}::${escapeData(annotation(f))}\n`;
    }
  }
  return out;
};

/** The annotation's text: the message, then the preferred fix and the fact's source. */
export function annotation(f: ReportFinding): string {
  return annotationLines(f).join('\n');
}

/** The annotation's lines, each of which may itself hold a line break taken from a draft or a table. */
export function annotationLines(f: ReportFinding): string[] {
  const lines = [f.message];
  if (f.fixes.length > 0) lines.push(`Fix: ${f.fixes[0].title}`);
  if (f.fact) lines.push(`Fact: ${factSource(f.fact)}`);
  return lines;
}

/** Where a fact is written: "the default table, line 41" or "facts/people.facts.yaml, line 7". */
export function factSource(fact: NonNullable<ReportFinding['fact']>): string {
  return fact.file === null ? `the ${fact.table} table, line ${fact.line}` : `${fact.file}, line ${fact.line}`;
}

/** A command's message: percent signs, carriage returns and line feeds encoded, as the runner decodes them. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as a message, and colons and commas too, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
