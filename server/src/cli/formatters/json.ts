/** `--format json`: contract §4's document, keys in the contract's order, 2-space indent. */
import type { FileReport, Report, ReportFinding } from '../report';
import type { Formatter } from './types';

export const json: Formatter = (report) => JSON.stringify(document(report), null, 2) + '\n';

/** Rebuilds the report key by key, so the order is the contract's and nothing else leaks in. */
function document(report: Report): unknown {
  const { files, errors, warnings, infos } = report.summary;
  return {
    version: report.version,
    files: report.files.map(file),
    summary: { files, errors, warnings, infos },
  };
}

function file(f: FileReport): unknown {
  return { path: f.path, articleDate: f.articleDate, findings: f.findings.map(finding) };
}

function finding(f: ReportFinding): unknown {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    offset: f.offset,
    length: f.length,
    text: f.text,
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ offset: e.offset, length: e.length, text: e.text })),
    })),
    fact: f.fact && { table: f.fact.table, file: f.fact.file, line: f.fact.line },
  };
}
