"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.count = count;
exports.statusText = statusText;
exports.statusTooltip = statusTooltip;
exports.skippedSummary = skippedSummary;
exports.checkSummary = checkSummary;
/**
 * The words the extension shows: status-bar text and tooltip, and the workspace check's summary.
 * Pure functions (no `vscode`), so they read like the UI they produce.
 */
const skipped_1 = require("../../common/out/skipped");
/** Where the article date came from, by DocumentStatus.articleDateSource. */
const DATE_SOURCES = {
    option: 'set by the `factlint.articleDate` setting or `.factlint.yaml`',
    'front-matter': 'from the front matter (`date:`)',
    'date-line': 'from the first line (`date YYYY-MM-DD`)',
    dateline: 'from the dateline',
    'first-date': 'from the first full date in the text',
    weekday: 'from a day written with its weekday (the year is a guess)',
    today: 'today: the draft has no date of its own',
};
/** "1 fact", "1,234 facts". */
function count(n, noun, locale) {
    return `${n.toLocaleString(locale)} ${noun}${n === 1 ? '' : 's'}`;
}
/** The status-bar text: "$(law) 2026-03-06 · 1,234 facts". */
function statusText(status, locale) {
    return `$(law) ${status.articleDate} · ${count(status.facts, 'fact', locale)}`;
}
/** The status-bar tooltip, as Markdown; `tables` are status.tables, named and linked. */
function statusTooltip(status, tables, locale) {
    const source = DATE_SOURCES[status.articleDateSource] ?? `from ${status.articleDateSource}`;
    // Today and a weekday's year say they are guesses already; a dateline's or a date's year may be one too.
    const guess = status.articleDateGuessed === true && status.articleDateSource !== 'today' && status.articleDateSource !== 'weekday' ? ' The year is a guess: the date is written without one.' : '';
    const lines = [
        `**factlint** — article date **${status.articleDate}**, ${source}.${guess}`,
        '',
        `${count(status.facts, 'fact', locale)} from ${tables.length === 1 ? 'this table' : 'these tables'}:`,
        '',
        ...tables.map((t) => `- [${escapeMarkdown(t.label)}](${t.href})`),
    ];
    if (status.skipped.length > 0)
        lines.push('', `Not checked: ${skippedSummary(status.skipped)}.`);
    if (status.stale) {
        lines.push('', '$(warning) A facts table has errors: the last good version of it is in use. See the Problems panel.');
    }
    lines.push('', 'Click to open a facts table.');
    return lines.join('\n');
}
/** "front matter (lines 1–3), indented code (lines 8, 12–14)": each kind with its lines, 1-based, each once. */
function skippedSummary(skipped) {
    return (0, skipped_1.summarizeSkipped)(skipped.map((s) => ({ kind: s.kind, first: s.startLine + 1, last: s.endLine + 1 })), '\u2013', ', ');
}
/** The end of "Check all drafts in the workspace": "12 drafts, 3 findings". */
function checkSummary(checked, findings, stopped, locale) {
    const summary = `${count(checked, 'draft', locale)}, ${count(findings, 'finding', locale)}`;
    return stopped ? `factlint: stopped after ${summary}.` : `factlint: ${summary}.`;
}
function escapeMarkdown(text) {
    return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
//# sourceMappingURL=format.js.map