import type { DocumentStatus, SkippedInfo } from './messages';
/** "1 fact", "1,234 facts". */
export declare function count(n: number, noun: string, locale?: string): string;
/** The status-bar text: "$(law) 2026-03-06 · 1,234 facts". */
export declare function statusText(status: DocumentStatus, locale?: string): string;
/** A table in the tooltip: what to call it and where its link goes. */
export interface TableLink {
    label: string;
    href: string;
}
/** The status-bar tooltip, as Markdown; `tables` are status.tables, named and linked. */
export declare function statusTooltip(status: DocumentStatus, tables: readonly TableLink[], locale?: string): string;
/** "front matter (lines 1–3), indented code (lines 8, 12–14)": each kind with its lines, 1-based, each once. */
export declare function skippedSummary(skipped: readonly SkippedInfo[]): string;
/** The end of "Check all drafts in the workspace": "12 drafts, 3 findings". */
export declare function checkSummary(checked: number, findings: number, stopped: boolean, locale?: string): string;
