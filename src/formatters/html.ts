/**
 * `html`: the Virtual School adviser's report. ONE self-contained file that works offline: inline CSS,
 * inline JavaScript, inline SVG; no fonts, images, CDNs or requests of any kind (a Content-Security-Policy
 * with `default-src 'none'` and hashes of the one style and the one script makes sure of it).
 *
 *   header        the as-of date, tool version
 *   tiles         files, clean, with errors, with warnings (and no errors), unreadable: buttons that filter
 *   chart         an SVG bar chart of findings per rule (errors and warnings), counts as text, role="img"
 *   table         schools and files: sortable (click a column header), filterable (rule, severity,
 *                 status, text search), errors and warnings per file and findings per rule
 *   per file      its findings (where, severity, rule linked to its docs, message, excerpt, the
 *                 plain-English reason and the guidance it rests on), and a "feedback for the school"
 *                 email with a Copy button
 *   footer        the tool version, the day the guidance facts were last checked, and a note when they
 *                 are more than six months older than the as-of date (guidanceStaleness)
 *
 * Policy text is untrusted input. Everything that comes from a document or a message (school names,
 * file names, messages, excerpts, rule ids of plugins) is escaped for HTML text and attributes; links are
 * written only for http(s) URLs; the data the script needs is JSON inside <script type="application/json">
 * with `<` (and `>` `&`, U+2028, U+2029) escaped as \uXXXX, so no string can close the element; and the
 * script only ever sets textContent and attributes, never innerHTML.
 *
 * The modules, in html/:
 *   escape.ts     escaping for text and attributes, safe http(s) links, JSON for the script's data
 *   view.ts       the view model: each file's status, counts and feedback; totals; findings per rule
 *   render.ts     the chart, one finding with its guidance, one file's section
 *   page.ts       the page around them, with the Content-Security-Policy
 *   assets.ts     reads report.css and report.js (the stylesheet and the browser script) to inline
 */
export { escapeHtml, jsonForScript, safeUrl } from './html/escape.js';
export { reportTotals, ruleCounts, statusOf } from './html/view.js';
export type { FileStatus, ReportTotals, RuleCount } from './html/view.js';
export { htmlReport as default } from './html/page.js';
