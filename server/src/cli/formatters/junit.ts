/**
 * `--format junit`: JUnit XML for CI systems that read test reports. Each checked file is a test
 * case; each finding is a failure in it, of the rule's type. Nothing varies between runs (no
 * timestamps or durations), so reports can be compared. A line break inside a path or a message
 * is written as a character reference, so the printed report keeps one line per line of the
 * failure's text, and a file name cannot start a line of its own in a CI log (where `::warning`
 * at the start of a line is a command).
 */
import { annotationLines } from './github';
import type { Formatter } from './types';

export const junit: Formatter = (report) => {
  const failed = report.files.filter((f) => f.findings.length > 0).length;
  const counts = `tests="${report.files.length}" failures="${failed}" errors="0"`;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<testsuites name="factlint" ${counts}>\n`;
  out += `  <testsuite name="factlint" ${counts} skipped="0">\n`;
  for (const file of report.files) {
    const name = attr(file.path);
    if (file.findings.length === 0) {
      out += `    <testcase classname="factlint" name="${name}" file="${name}"/>\n`;
      continue;
    }
    out += `    <testcase classname="factlint" name="${name}" file="${name}">\n`;
    for (const f of file.findings) {
      const [first, ...more] = annotationLines(f);
      const body = [`${file.path}:${f.line}:${f.column}: ${f.severity}: ${first}`, ...more].map(textLine).join('\n');
      out += `      <failure type="${attr(f.rule)}" message="${attr(`${f.severity}: ${f.message}`)}">${body}</failure>\n`;
    }
    out += '    </testcase>\n';
  }
  out += '  </testsuite>\n</testsuites>\n';
  return out;
};

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE and U+FFFF) become U+FFFD. */
function xmlChars(s: string): string {
  // The control characters are the point of this pattern.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Element text. */
function text(s: string): string {
  return xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Element text that is one line: its own line breaks as references, which a parser reads back as line breaks. */
function textLine(s: string): string {
  return text(s).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
}

/** An attribute value in double quotes; line breaks and tabs as references, which attribute normalisation would otherwise turn into spaces. */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
