/** The one interface every output format implements. */
import type { RuleInfo } from '../../engine';
import type { Report } from '../report';

/** What a formatter may know besides the report. */
export interface FormatContext {
  /** Whether to use ANSI colours. */
  color: boolean;
  /** The working directory the report's paths are relative to. */
  cwd: string;
  /** factlint's version, for formats that name the tool (SARIF). */
  version: string;
  /** Every rule, for formats that describe them (SARIF). */
  rules: readonly RuleInfo[];
  /** A rule's documentation page (Markdown), if shipped. */
  ruleDoc: (id: string) => string | undefined;
  /**
   * Where the documentation pages are on the web (`docs/rules/<id>.md` is resolved against it),
   * for formats that link them (SARIF's `helpUri`): the package's `homepage`; undefined, no links.
   */
  docsBase?: string;
  /**
   * The root that CI paths are relative to (GitHub's annotations and code scanning resolve paths
   * against the repository's root, `GITHUB_WORKSPACE`); undefined: the working directory.
   */
  ciRoot?: string;
  /** How many findings --fix would fix, when the run worked it out (stylish without --fix); else the findings marked fixable are counted. */
  fixable?: number;
  /** The terminal's width, when the report goes to one: the stylish format wraps messages to it. */
  width?: number;
}

/** Renders a report as the text printed on stdout ("" prints nothing). */
export type Formatter = (report: Report, ctx: FormatContext) => string;
