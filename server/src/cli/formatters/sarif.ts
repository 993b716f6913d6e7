/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning takes it. One run; the tool with every
 * rule (id, descriptions, its documentation page as help and, when the package names its
 * homepage, a link to it; default level); each finding a result
 * with its location, message, level, the fact's line in its table as a related location, and its
 * fixes. Lines and columns are 1-based UTF-16 code units (`columnKind`), as in the JSON report.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../engine';
import type { ReportFinding } from '../report';
import { factSource } from './github';
import { ciPath } from './paths';
import type { FormatContext, Formatter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The base every artifact URI is relative to: the repository's root in CI, else the working directory. */
const ROOT_ID = '%SRCROOT%';

export const sarif: Formatter = (report, ctx) => {
  const rules = [...ctx.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  for (const file of report.files) {
    const uri = artifactUri(ciPath(file.path, ctx));
    for (const f of file.findings) results.push(result(f, uri, ruleIndex.get(f.rule) ?? -1, ctx));
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factlint',
            version: ctx.version,
            semanticVersion: ctx.version,
            rules: rules.map((r) => {
              const doc = ctx.ruleDoc(r.id);
              return {
                id: r.id,
                name: pascalCase(r.id),
                shortDescription: { text: shortDescription(r.description) },
                fullDescription: { text: (doc && firstParagraph(doc)) || r.description },
                ...(doc ? { help: { text: doc, markdown: doc } } : {}),
                ...(ctx.docsBase ? { helpUri: helpUri(ctx.docsBase, r.id) } : {}),
                defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              };
            }),
          },
        },
        originalUriBaseIds: { [ROOT_ID]: { uri: directoryUri(ctx.ciRoot ?? ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** A rule page's address: `docs/rules/<id>.md` below the docs' base (a base without a final "/" is taken as a folder). */
function helpUri(base: string, id: string): string {
  const url = new URL(base);
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return new URL(`docs/rules/${id}.md`, url).href;
}

function result(f: ReportFinding, uri: string, ruleIndex: number, ctx: FormatContext): unknown {
  const location = { uri, uriBaseId: ROOT_ID };
  return {
    ruleId: f.rule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.text } },
        },
      },
    ],
    ...(f.fact?.file
      ? {
          relatedLocations: [
            {
              id: 1,
              physicalLocation: { artifactLocation: { uri: artifactUri(ciPath(f.fact.file, ctx)), uriBaseId: ROOT_ID }, region: { startLine: f.fact.line } },
              message: { text: `The fact: ${factSource(f.fact)}` },
            },
          ],
        }
      : {}),
    // Edits count UTF-16 code units from the start of the text after any BOM, as the JSON report's offsets.
    fixes: f.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.offset, charLength: e.length }, insertedContent: { text: e.text } })),
        },
      ],
    })),
  };
}

/**
 * A relative path as a URI reference (RFC 3986): each segment percent-encoded as UTF-8, so spaces,
 * line breaks, `%`, `:` (which would make the first segment a scheme), `?` and `#` are all
 * escaped. A lone surrogate (a Windows file name can hold one) has no UTF-8 and becomes U+FFFD.
 */
function artifactUri(p: string): string {
  return p
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .split('/')
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg)))
    .join('/');
}

/** A directory's file URI, ending in a slash so relative URIs resolve inside it. */
function directoryUri(dir: string): string {
  const uri = pathToFileURL(path.resolve(dir)).href;
  return uri.endsWith('/') ? uri : uri + '/';
}

/** "title-date" → "TitleDate". */
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A rule's description without its examples: the text before " (". */
function shortDescription(description: string): string {
  const cut = description.indexOf(' (');
  return (cut > 0 ? description.slice(0, cut) : description.replace(/\.$/, '')) + '.';
}

/** The first paragraph of a Markdown page after its heading, as plain text. */
function firstParagraph(markdown: string): string {
  const para = markdown
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .find((p) => p !== '' && !p.startsWith('#'));
  return para === undefined ? '' : para.replace(/\s*\r?\n\s*/g, ' ').replace(/\*\*|`/g, '');
}
