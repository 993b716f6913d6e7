/** The one interface every output format implements. */
import type { Report } from '../report';

/** What a formatter may know besides the report. */
export interface FormatContext {
  /** Whether to use ANSI colours. */
  color: boolean;
  /** The working directory the report's paths are relative to. */
  cwd: string;
}

/** Renders a report as the text printed on stdout ("" prints nothing). */
export type Formatter = (report: Report, ctx: FormatContext) => string;
