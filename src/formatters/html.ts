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
 */
import { createHash } from 'node:crypto';
import { guidanceStaleness, guidanceStalenessNotice } from '../guidance/index.js';
import type { LintMessage, LintResult } from '../types.js';
import { KIND_TITLES } from '../model/kind.js';
import { adviceFor, asOfDate, feedbackFor, formatLongDate, schoolOf } from './advice.js';
import type { Advice, GuidanceRef } from './advice.js';
import type { Formatter, FormatterContext } from './types.js';
import { displayPath, documentKind, isError, isUnreadable, longPosition, pluralise, toolVersion, whereOf } from './util.js';

export type FileStatus = 'clean' | 'errors' | 'warnings' | 'unreadable';

/** Short human titles of the built-in rules, for the chart and the findings (the rule id is shown beside them). */
export const RULE_TITLES: Record<string, string> = {
  'designated-teacher-named': 'Designated teacher named',
  'kcsie-current': 'Current KCSIE cited',
  'suspension-methods-listed': 'Methods to avoid suspension listed',
  'ap-hours-current': 'Alternative provision hours',
  'review-date-current': 'Review date not passed',
  'docx-tracked-changes': 'No tracked changes left in Word',
};

// Characters HTML cannot carry usefully: C0 controls but TAB, LF, CR; lone surrogates; U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML element content and for a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(UNSAFE_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside <script type="application/json">: no `<` (so no `</script>`, no `<!--`) and no raw `>` or `&`. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The URL if it is an absolute http(s) URL (links to anything else are not written). */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s"'<>`]+$/i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

function link(text: string, url: string | undefined, className?: string): string {
  const safe = safeUrl(url);
  const cls = className ? ` class="${className}"` : '';
  if (!safe) return `<span${cls}>${escapeHtml(text)}</span>`;
  return `<a${cls} href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

/** A source note with the URLs in it as links ("https://a (note) ; https://b"). */
function linkify(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s;,)]+/g)) {
    out.push(escapeHtml(text.slice(last, m.index)));
    out.push(link(m[0], m[0]));
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(escapeHtml(text.slice(last)));
  return out.join('');
}

export function statusOf(result: LintResult): FileStatus {
  if (isUnreadable(result)) return 'unreadable';
  if (result.messages.some(isError)) return 'errors';
  if (result.messages.length > 0) return 'warnings';
  return 'clean';
}

const STATUS_LABEL: Record<FileStatus, string> = {
  clean: 'Clean',
  errors: 'Errors',
  warnings: 'Warnings',
  unreadable: 'Unreadable',
};

function formatName(result: LintResult): string {
  switch (result.format) {
    case 'markdown':
      return 'Markdown';
    case 'text':
      return 'Text';
    case 'docx':
      return 'Word';
    case 'pdf':
      return 'PDF';
    default: {
      const kind = documentKind(result);
      if (kind === 'pdf') return 'PDF';
      if (kind === 'docx') return 'Word';
      const ext = /\.([A-Za-z0-9]{1,8})$/.exec(result.filePath)?.[1];
      return ext ? ext.toLowerCase() : '—';
    }
  }
}

export interface RuleCount {
  ruleId: string;
  title: string;
  errors: number;
  warnings: number;
}

/** Findings per rule: every rule that ran (in its order), then any other rule that reported. Fatal messages are not a rule's. */
export function ruleCounts(results: LintResult[], context: Pick<FormatterContext, 'rulesMeta'>): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  const entry = (id: string): RuleCount => {
    let c = counts.get(id);
    if (!c) {
      c = { ruleId: id, title: RULE_TITLES[id] ?? id, errors: 0, warnings: 0 };
      counts.set(id, c);
    }
    return c;
  };
  for (const id of Object.keys(context.rulesMeta ?? {})) entry(id);
  for (const r of results) {
    for (const m of r.messages) {
      if (m.ruleId === null) continue;
      const c = entry(m.ruleId);
      if (isError(m)) c.errors++;
      else c.warnings++;
    }
  }
  return [...counts.values()];
}

export interface ReportTotals {
  files: number;
  clean: number;
  errors: number;
  warnings: number;
  unreadable: number;
  findings: number;
}

/** Files by status (each file has exactly one: unreadable, else errors, else warnings, else clean). */
export function reportTotals(results: LintResult[]): ReportTotals {
  const t: ReportTotals = { files: results.length, clean: 0, errors: 0, warnings: 0, unreadable: 0, findings: 0 };
  for (const r of results) {
    t[statusOf(r)]++;
    t.findings += r.messages.length;
  }
  return t;
}

function severityName(m: LintMessage): 'error' | 'warning' {
  return isError(m) ? 'error' : 'warning';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// The chart

function chart(counts: RuleCount[]): string {
  const rowH = 46;
  const top = 8;
  const labelW = 330;
  const barX = labelW + 10;
  const barMax = 520;
  const width = barX + barMax + 150;
  const height = top * 2 + Math.max(1, counts.length) * rowH;
  const max = Math.max(1, ...counts.map((c) => c.errors + c.warnings));
  const total = counts.reduce((n, c) => n + c.errors + c.warnings, 0);
  const summary = counts.map((c) => `${c.title} (${c.ruleId}): ${c.errors + c.warnings}`).join('; ');
  const rows = counts.map((c, i) => {
    const y = top + i * rowH;
    const n = c.errors + c.warnings;
    const we = (c.errors / max) * barMax;
    const ww = (c.warnings / max) * barMax;
    const label = `${c.title}: ${pluralise(n, 'finding')} (${pluralise(c.errors, 'error')}, ${pluralise(c.warnings, 'warning')})`;
    const parts = [
      `<g class="bar-row" data-rule="${escapeHtml(c.ruleId)}">`,
      `<title>${escapeHtml(label)}</title>`,
      `<text class="bar-title" x="${labelW}" y="${y + 19}" text-anchor="end">${escapeHtml(c.title)}</text>`,
      `<text class="bar-id" x="${labelW}" y="${y + 36}" text-anchor="end">${escapeHtml(c.ruleId)}</text>`,
      `<rect class="bar-track" x="${barX}" y="${y + 10}" width="${barMax}" height="22" rx="4"></rect>`,
    ];
    if (we > 0) parts.push(`<rect class="bar-error" x="${barX}" y="${y + 10}" width="${we.toFixed(1)}" height="22" rx="4"></rect>`);
    if (ww > 0) parts.push(`<rect class="bar-warning" x="${(barX + we).toFixed(1)}" y="${y + 10}" width="${ww.toFixed(1)}" height="22" rx="4"></rect>`);
    const detail = n === 0 ? 'none' : [c.errors ? pluralise(c.errors, 'error') : '', c.warnings ? pluralise(c.warnings, 'warning') : ''].filter(Boolean).join(', ');
    parts.push(
      `<text class="bar-count${n === 0 ? ' zero' : ''}" x="${barX + barMax + 14}" y="${y + 27}" data-count="${n}">${n}</text>`,
      `<text class="bar-detail" x="${barX + barMax + 44}" y="${y + 27}">${escapeHtml(n === 0 ? '' : detail)}</text>`,
      '</g>',
    );
    return parts.join('');
  });
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMinYMin meet">`,
    `<title id="chart-title">Findings per rule: ${pluralise(total, 'finding')}</title>`,
    `<desc id="chart-desc">${escapeHtml(summary)}</desc>`,
    ...rows,
    '</svg>',
  ].join('');
}

// ---------------------------------------------------------------------------------------------------
// One finding, one file

function guidanceHtml(advice: Advice): string {
  if (advice.guidance.length === 0) {
    return `<dt>Rests on</dt><dd>${escapeHtml(capitalise(advice.basis ?? 'the policy itself'))}.</dd>`;
  }
  return `<dt>Guidance</dt>${advice.guidance.map((g) => `<dd>${guidanceRef(g)}</dd>`).join('')}`;
}

function guidanceRef(g: GuidanceRef): string {
  const year = g.year !== undefined ? ` <span class="year">(${g.year})</span>` : '';
  const facts = [
    g.edition ?? '',
    g.inForce ? `in force from ${formatLongDate(asOfDate(g.inForce))}` : '',
    g.status,
  ].filter(Boolean);
  const sources =
    g.sources.length > 0
      ? `<details class="sources"><summary>Sources (${g.sources.length})</summary><ul>${g.sources.map((s) => `<li>${linkify(s)}</li>`).join('')}</ul></details>`
      : '';
  return [
    `${link(g.title, g.url, 'guidance-link')}${year}`,
    `<div class="facts">${escapeHtml(facts.join(' · '))}</div>`,
    g.note ? `<div class="facts">${escapeHtml(g.note)}</div>` : '',
    sources,
  ].join('');
}

function findingHtml(result: LintResult, m: LintMessage, context: FormatterContext): string {
  const sev = severityName(m);
  const advice = adviceFor(m, { asOf: context.asOf, rulesMeta: context.rulesMeta });
  const position = longPosition(whereOf(result, m));
  const where = position.startsWith('p. ') ? position : capitalise(position);
  const ruleId = m.ruleId;
  const rule = ruleId
    ? `<span class="rule">${escapeHtml(RULE_TITLES[ruleId] ?? ruleId)}</span>${link(ruleId, context.rulesMeta?.[ruleId]?.docs, 'rule-id')}`
    : '<span class="rule">The file could not be read</span>';
  return [
    `<li class="finding ${sev}" data-rule="${escapeHtml(ruleId ?? '(unreadable)')}" data-severity="${sev}">`,
    '<div class="finding-head">',
    `<span class="sev ${sev}">${sev === 'error' ? 'Error' : 'Warning'}</span>`,
    `<span class="where">${escapeHtml(where)}</span>`,
    rule,
    '</div>',
    `<p class="message">${escapeHtml(m.message)}</p>`,
    m.excerpt ? `<blockquote class="excerpt">${escapeHtml(m.excerpt)}</blockquote>` : '',
    '<dl class="detail">',
    `<dt>Why it matters</dt><dd>${escapeHtml(advice.reason)}</dd>`,
    guidanceHtml(advice),
    '</dl>',
    '</li>',
  ].join('');
}

interface FileView {
  id: string;
  result: LintResult;
  school: string;
  schoolFromDocument: boolean;
  file: string;
  format: string;
  /** The kind of policy in words ('' for a file that could not be read). */
  kind: string;
  status: FileStatus;
  errors: number;
  warnings: number;
  feedback: string;
}

function fileSection(v: FileView, context: FormatterContext): string {
  const counts =
    v.status === 'unreadable'
      ? 'could not be read'
      : v.status === 'clean'
        ? 'no findings'
        : `${pluralise(v.errors, 'error')}, ${pluralise(v.warnings, 'warning')}`;
  const findings =
    v.result.messages.length === 0
      ? '<p class="all-clear">No problems found: nothing to change before governors sign it off.</p>'
      : `<ol class="findings">${v.result.messages.map((m) => findingHtml(v.result, m, context)).join('')}</ol>`;
  return [
    `<section class="file" id="${v.id}" aria-labelledby="${v.id}-title">`,
    '<header class="file-head">',
    '<div>',
    `<h3 id="${v.id}-title">${escapeHtml(v.school)}</h3>`,
    `<p class="file-meta"><span class="path">${escapeHtml(v.file)}</span> · ${escapeHtml(v.format)}${v.kind ? ` · <span class="kind" title="${escapeHtml(v.result.kindEvidence ?? '')}">${escapeHtml(v.kind)}</span>` : ''} · ${escapeHtml(counts)}</p>`,
    '</div>',
    `<span class="badge ${v.status}">${STATUS_LABEL[v.status]}</span>`,
    '</header>',
    findings,
    '<div class="feedback">',
    '<div class="feedback-head">',
    `<h4 id="${v.id}-feedback">Feedback for the school</h4>`,
    `<button type="button" class="copy" data-id="${v.id}" aria-describedby="${v.id}-feedback">Copy</button>`,
    `<span class="copy-status" role="status" aria-live="polite"></span>`,
    '</div>',
    `<pre class="feedback-text" id="${v.id}-text" tabindex="0">${escapeHtml(v.feedback)}</pre>`,
    '</div>',
    '</section>',
  ].join('');
}

// ---------------------------------------------------------------------------------------------------
// The page

const STYLE = `
:root{--ink:#1d2a35;--muted:#5a6876;--faint:#8a96a3;--line:#dde2e7;--bg:#f4f5f2;--card:#fff;--accent:#1f5f6b;--accent-soft:#e4f0f1;
--err:#a8322a;--err-bg:#fbeceb;--err-bar:#c8574e;--warn:#85560a;--warn-bg:#fdf3dc;--warn-bar:#e3a73f;--ok:#23693f;--ok-bg:#e5f3ea;--gone:#4d5562;--gone-bg:#eceef2;
--radius:10px;--font:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;
--mono:ui-monospace,"SFMono-Regular","Cascadia Mono",Consolas,"Liberation Mono","DejaVu Sans Mono",monospace}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 var(--font)}
a{color:var(--accent);text-underline-offset:2px}
a:hover{color:#123f47}
:focus-visible{outline:3px solid #6aa9b4;outline-offset:2px}
.wrap{max-width:1180px;margin:0 auto;padding:0 28px}
.top{background:var(--accent);color:#fff;padding:28px 0 30px}
.top .eyebrow{margin:0 0 4px;font-size:.82rem;letter-spacing:.08em;text-transform:uppercase;opacity:.8}
.top h1{margin:0;font-size:1.9rem;line-height:1.25;font-weight:650}
.top .sub{margin:8px 0 0;font-size:1.02rem;opacity:.92;max-width:60rem}
.top .asof{display:inline-block;margin-top:14px;padding:5px 12px;border-radius:999px;background:rgba(255,255,255,.14);font-size:.95rem}
.top .asof strong{font-weight:650}
main.wrap{padding-top:26px;padding-bottom:40px}
h2{font-size:1.25rem;margin:0 0 4px;font-weight:650}
.hint{margin:0 0 16px;color:var(--muted);font-size:.93rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:22px 24px;margin:0 0 22px;box-shadow:0 1px 2px rgba(20,40,60,.04)}
.tiles{display:grid;grid-template-columns:repeat(5,minmax(0,1fr));gap:14px;margin:0 0 22px}
.tile{appearance:none;font:inherit;color:inherit;text-align:left;cursor:pointer;background:var(--card);border:1px solid var(--line);border-top:5px solid var(--faint);border-radius:var(--radius);padding:14px 18px 16px}
.tile:hover{border-color:#b9c3cc}
.tile[aria-pressed="true"]{box-shadow:0 0 0 2px var(--accent) inset}
.tile .n{display:block;font-size:2.6rem;line-height:1.1;font-weight:700;font-variant-numeric:tabular-nums}
.tile .l{display:block;font-size:.98rem;font-weight:600}
.tile .d{display:block;font-size:.82rem;color:var(--muted)}
.tile.all{border-top-color:var(--accent)}.tile.clean{border-top-color:var(--ok)}.tile.errors{border-top-color:var(--err)}.tile.warnings{border-top-color:var(--warn-bar)}.tile.unreadable{border-top-color:var(--gone)}
.tile.clean .n{color:var(--ok)}.tile.errors .n{color:var(--err)}.tile.warnings .n{color:var(--warn)}.tile.unreadable .n{color:var(--gone)}
.chart{display:block;max-width:100%;height:auto;font-family:var(--font)}
.chart .bar-title{font-size:15px;font-weight:600;fill:var(--ink)}
.chart .bar-id{font-size:12px;fill:var(--faint);font-family:var(--mono)}
.chart .bar-track{fill:#f0f2f4}
.chart .bar-error{fill:var(--err-bar)}
.chart .bar-warning{fill:var(--warn-bar)}
.chart .bar-count{font-size:17px;font-weight:700;fill:var(--ink)}
.chart .bar-count.zero{fill:var(--faint);font-weight:500}
.chart .bar-detail{font-size:13px;fill:var(--muted)}
.legend{display:flex;gap:18px;margin:6px 0 0;padding:0;list-style:none;font-size:.88rem;color:var(--muted)}
.legend span{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px}
.legend .e{background:var(--err-bar)}.legend .w{background:var(--warn-bar)}
.controls{display:grid;grid-template-columns:minmax(220px,1.5fr) minmax(200px,1.3fr) minmax(150px,.9fr) minmax(150px,.9fr) auto;gap:12px 14px;align-items:end;margin:0 0 6px}
.controls label{display:flex;flex-direction:column;font-size:.82rem;font-weight:600;color:var(--muted);gap:4px}
.controls select,.controls input{font:inherit;font-size:.95rem;color:var(--ink);background:#fff;border:1px solid #c5cdd5;border-radius:7px;padding:7px 10px;width:100%;min-width:0}
.controls .reset{font:inherit;font-size:.9rem;background:none;border:1px solid transparent;color:var(--accent);padding:7px 8px;cursor:pointer;text-decoration:underline;text-underline-offset:2px}
.shown{display:block;margin:0 0 10px;font-size:.88rem;color:var(--muted)}
table{width:100%;border-collapse:collapse;font-size:.95rem}
th,td{padding:10px 12px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:650;border-bottom:2px solid var(--line);white-space:nowrap}
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
th button{all:unset;cursor:pointer;display:inline-flex;align-items:center;gap:4px}
th button:focus-visible{outline:3px solid #6aa9b4;outline-offset:2px}
th button::after{content:"↕";opacity:.35;font-size:.9em}
th[aria-sort="ascending"] button::after{content:"▲";opacity:.8;font-size:.7em}
th[aria-sort="descending"] button::after{content:"▼";opacity:.8;font-size:.7em}
#files th:nth-child(1){width:21%}#files th:nth-child(2){width:25%}#files th:nth-child(3){width:11%}#files th:nth-child(4),#files th:nth-child(5){width:9%}
tbody tr:hover{background:#f8faf9}
td.school a{font-weight:600;text-decoration:none}
td.school a:hover{text-decoration:underline}
.path{font-family:var(--mono);font-size:.84rem;color:var(--muted);overflow-wrap:anywhere}
td .fmt{display:block;font-size:.8rem;color:var(--faint)}
td.zero{color:var(--faint)}
.badge{display:inline-block;padding:2px 10px;border-radius:999px;font-size:.8rem;font-weight:650;white-space:nowrap}
.badge.clean{background:var(--ok-bg);color:var(--ok)}.badge.errors{background:var(--err-bg);color:var(--err)}.badge.warnings{background:var(--warn-bg);color:var(--warn)}.badge.unreadable{background:var(--gone-bg);color:var(--gone)}
.chips{display:flex;flex-wrap:wrap;gap:4px}
.chip{display:inline-block;font-size:.78rem;padding:1px 8px;border-radius:6px;background:#eef1f4;color:#3c4854;white-space:nowrap}
.chip.error{background:var(--err-bg);color:var(--err)}.chip.warning{background:var(--warn-bg);color:var(--warn)}
.no-match{padding:18px 12px;color:var(--muted);text-align:center}
.files-title{margin:30px 0 12px}
.file{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);margin:0 0 22px;overflow:hidden}
.file-head{display:flex;justify-content:space-between;align-items:flex-start;gap:16px;padding:18px 24px;border-bottom:1px solid var(--line);background:#fbfcfb}
.file-head h3{margin:0;font-size:1.2rem;font-weight:650}
.file-meta{margin:2px 0 0;font-size:.9rem;color:var(--muted)}
.findings{list-style:none;margin:0;padding:0}
.finding{padding:16px 24px 18px;border-bottom:1px solid var(--line);border-left:4px solid transparent}
.finding.error{border-left-color:var(--err-bar)}.finding.warning{border-left-color:var(--warn-bar)}
.finding-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 12px;font-size:.9rem}
.sev{font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:1px 8px;border-radius:5px}
.sev.error{background:var(--err-bg);color:var(--err)}.sev.warning{background:var(--warn-bg);color:var(--warn)}
.where{font-weight:650}
.rule{color:var(--muted)}
.rule-id{font-family:var(--mono);font-size:.8rem}
.message{margin:8px 0 10px;font-size:1.02rem;font-weight:600;line-height:1.45;white-space:pre-line}
.excerpt{margin:0 0 10px;padding:8px 14px;border-left:3px solid #c9d3db;background:#f6f8f9;color:#34414d;font-family:Georgia,"Times New Roman",serif;font-size:.97rem;border-radius:0 6px 6px 0;white-space:pre-wrap;overflow-wrap:anywhere}
.detail{display:grid;grid-template-columns:8.5rem minmax(0,1fr);gap:6px 14px;margin:0;max-width:64rem}
.detail dt{font-size:.74rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);padding-top:.22rem;grid-column:1}
.detail dd{margin:0;grid-column:2}
.detail .year{color:var(--muted)}
.detail .facts{font-size:.88rem;color:var(--muted)}
.sources{margin:2px 0 0;font-size:.85rem;color:var(--muted)}
.sources summary{cursor:pointer;width:max-content}
.sources ul{margin:6px 0 0;padding-left:18px}
.sources li{overflow-wrap:anywhere}
.all-clear{margin:0;padding:18px 24px;color:var(--ok);font-weight:600;border-bottom:1px solid var(--line)}
.feedback{padding:16px 24px 22px;background:var(--accent-soft)}
.feedback-head{display:flex;align-items:center;gap:12px;margin:0 0 8px}
.feedback h4{margin:0;font-size:1rem;font-weight:650;color:#17474f}
.copy{font:inherit;font-size:.9rem;font-weight:600;color:#fff;background:var(--accent);border:0;border-radius:7px;padding:6px 16px;cursor:pointer}
.copy:hover{background:#184d57}
.copy-status{font-size:.88rem;color:#17474f}
.feedback-text{margin:0;padding:16px 18px;background:#fff;border:1px solid #c8dcdf;border-radius:8px;font-family:var(--font);font-size:.95rem;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere;max-width:60rem}
.offscreen{position:fixed;left:-9999px;top:0;opacity:0}
footer{padding:10px 0 40px;color:var(--muted);font-size:.85rem}
.stale-note{border-left:4px solid var(--warn-bar);padding:6px 10px;background:var(--warn-bg);color:var(--warn)}
.no-js .controls,.no-js .copy,.no-js .copy-status{display:none}
[hidden]{display:none!important}
@media (max-width:900px){.tiles{grid-template-columns:repeat(3,minmax(0,1fr))}.wrap{padding-left:16px;padding-right:16px}.controls{grid-template-columns:1fr 1fr}.detail{grid-template-columns:1fr}.detail dt,.detail dd{grid-column:1}}
@media (max-width:560px){.tiles{grid-template-columns:repeat(2,minmax(0,1fr))}}
@media print{
@page{margin:16mm}
body{background:#fff;font-size:11pt}
.top{background:none;color:var(--ink);padding:0 0 8px;border-bottom:2px solid var(--ink)}
.top .asof{background:none;padding:0}
.wrap{max-width:none;padding:0}
.card,.file,.tile{box-shadow:none;border-color:#bbb}
.controls,.copy,.copy-status,.shown,th button::after,.sources{display:none!important}
.tiles{grid-template-columns:repeat(5,minmax(0,1fr));gap:8px}
.tile{cursor:auto;padding:8px 10px}
.tile .n{font-size:1.7rem}
.tile[aria-pressed="true"]{box-shadow:none}
.hint{display:none}
.chip{white-space:normal}
th,td{padding:6px 8px}
.detail{grid-template-columns:7rem minmax(0,1fr)}
.detail dt{grid-column:1}.detail dd{grid-column:2}
.finding,.feedback,.file-head,tr,.tile{break-inside:avoid}
.feedback{background:none;border-top:1px solid #bbb}
.feedback-text{border-color:#bbb}
a{color:inherit}
a.guidance-link::after{content:" (" attr(href) ")";font-size:.85em;color:#555;word-break:break-all}
}
`;

const SCRIPT = `
(function () {
  'use strict';
  document.documentElement.classList.remove('no-js');
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var byId = {};
  data.files.forEach(function (f, i) { f.order = i; byId[f.id] = f; });
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  var rule = $('#filter-rule'), severity = $('#filter-severity'), status = $('#filter-status'), search = $('#filter-q');
  var tbody = $('#files tbody'), shown = $('#shown-count'), noMatch = $('#no-match');

  function findingMatches(f, r, s) { return (!r || f[0] === r) && (!s || f[1] === s); }

  function apply() {
    var r = rule.value, s = severity.value, st = status.value, q = search.value.trim().toLowerCase();
    var n = 0;
    data.files.forEach(function (file) {
      var ok = (!st || file.status === st) && (!q || file.search.indexOf(q) !== -1);
      if (ok && (r || s)) ok = file.findings.some(function (f) { return findingMatches(f, r, s); });
      document.getElementById('row-' + file.id).hidden = !ok;
      var section = document.getElementById(file.id);
      section.hidden = !ok;
      $$('.finding', section).forEach(function (li, i) { li.hidden = !findingMatches(file.findings[i], r, s); });
      if (ok) n++;
    });
    shown.textContent = 'Showing ' + n + ' of ' + data.files.length + (data.files.length === 1 ? ' file' : ' files');
    noMatch.hidden = n !== 0;
    $$('.tile').forEach(function (t) { t.setAttribute('aria-pressed', String((t.getAttribute('data-status') || '') === st)); });
  }
  [rule, severity, status].forEach(function (el) { el.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  $('#filter-reset').addEventListener('click', function () {
    rule.value = ''; severity.value = ''; status.value = ''; search.value = ''; apply();
  });
  $$('.tile').forEach(function (t) {
    t.addEventListener('click', function () {
      status.value = t.getAttribute('data-status') || '';
      apply();
      $('#schools').scrollIntoView({ block: 'start' });
    });
  });

  var RANK = { unreadable: 0, errors: 1, warnings: 2, clean: 3 };
  var collator = typeof Intl !== 'undefined' ? new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }) : null;
  function cmpText(a, b) { return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0); }
  function compare(a, b, key) {
    switch (key) {
      case 'status': return RANK[a.status] - RANK[b.status];
      case 'errors': case 'warnings': case 'total': return a[key] - b[key];
      default: return cmpText(a[key], b[key]);
    }
  }
  $$('#files thead button[data-sort]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var th = btn.parentNode, key = btn.getAttribute('data-sort');
      var numeric = key === 'errors' || key === 'warnings' || key === 'total';
      var current = th.getAttribute('aria-sort');
      var dir = current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : numeric ? 'descending' : 'ascending';
      $$('#files thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var sign = dir === 'ascending' ? 1 : -1;
      var rows = $$('tr[data-id]', tbody);
      rows.sort(function (x, y) {
        var a = byId[x.getAttribute('data-id')], b = byId[y.getAttribute('data-id')];
        return compare(a, b, key) * sign || a.order - b.order;
      });
      rows.forEach(function (row) { tbody.appendChild(row); });
      tbody.appendChild(noMatch);
    });
  });

  function say(btn, text) {
    var note = btn.parentNode.querySelector('.copy-status');
    note.textContent = text;
    clearTimeout(btn._t);
    btn._t = setTimeout(function () { note.textContent = ''; }, 4000);
  }
  function fallbackCopy(text) {
    var ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'offscreen';
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }
  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  $$('button.copy').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var id = btn.getAttribute('data-id'), text = byId[id].feedback;
      function done(ok) {
        if (ok) { say(btn, 'Copied: paste it into your email.'); return; }
        selectText(document.getElementById(id + '-text'));
        say(btn, 'Press Ctrl+C (or Cmd+C) to copy the selected text.');
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
      } else {
        done(fallbackCopy(text));
      }
    });
  });
  apply();
})();
`;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function option(value: string, label: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}

const html: Formatter = (results, context) => {
  const asOf = asOfDate(context.asOf);
  const asOfText = formatLongDate(asOf);
  // How old the built-in guidance facts are on the as-of date: always dated in the footer, a note when stale.
  const staleness = guidanceStaleness(context.asOf);
  const staleNotice = guidanceStalenessNotice(staleness);
  const counts = ruleCounts(results, context);
  const t = reportTotals(results);

  const views: FileView[] = results.map((result, i) => {
    const { name, fromDocument } = schoolOf(result);
    const errors = result.messages.filter(isError).length;
    return {
      id: `f${i + 1}`,
      result,
      school: name,
      schoolFromDocument: fromDocument,
      file: displayPath(result.filePath, context.cwd),
      format: formatName(result),
      kind: result.kind ? KIND_TITLES[result.kind] : '',
      status: statusOf(result),
      errors,
      warnings: result.messages.length - errors,
      feedback: feedbackFor(result, { asOf: context.asOf, cwd: context.cwd, rulesMeta: context.rulesMeta }),
    };
  });

  const data = {
    asOf: context.asOf,
    rules: counts.map((c) => c.ruleId),
    files: views.map((v) => ({
      id: v.id,
      school: v.school,
      file: v.file,
      status: v.status,
      errors: v.errors,
      warnings: v.warnings,
      total: v.errors + v.warnings,
      findings: v.result.messages.map((m) => [m.ruleId ?? '(unreadable)', severityName(m)]),
      feedback: v.feedback,
      search: [v.school, v.file, v.format, v.kind, ...v.result.messages.flatMap((m) => [m.ruleId ?? '', m.message, m.excerpt ?? ''])]
        .join('\n')
        .toLowerCase(),
    })),
  };

  const tile = (cls: string, status: string, n: number, label: string, detail: string): string =>
    `<button type="button" class="tile ${cls}" data-status="${status}" aria-pressed="false" data-total="${cls}">` +
    `<span class="n">${n}</span><span class="l">${escapeHtml(label)}</span><span class="d">${escapeHtml(detail)}</span></button>`;

  const rows = views.map((v) => {
    const chips = counts
      .map((c) => {
        const found = v.result.messages.filter((m) => m.ruleId === c.ruleId);
        if (found.length === 0) return '';
        const sev = found.some(isError) ? 'error' : 'warning';
        return `<span class="chip ${sev}" title="${escapeHtml(`${c.title} (${c.ruleId})`)}">${escapeHtml(c.title)}${found.length > 1 ? ` ×${found.length}` : ''}</span>`;
      })
      .join('');
    return [
      `<tr id="row-${v.id}" data-id="${v.id}" data-status="${v.status}">`,
      `<td class="school"><a href="#${v.id}">${escapeHtml(v.school)}</a></td>`,
      `<td class="file-cell"><span class="path">${escapeHtml(v.file).replace(/\//g, '/<wbr>')}</span><span class="fmt">${escapeHtml(v.format)}${v.kind ? ` · ${escapeHtml(v.kind)}` : ''}</span></td>`,
      `<td><span class="badge ${v.status}">${STATUS_LABEL[v.status]}</span></td>`,
      `<td class="num errors${v.errors === 0 ? ' zero' : ''}">${v.errors}</td>`,
      `<td class="num warnings${v.warnings === 0 ? ' zero' : ''}">${v.warnings}</td>`,
      `<td><div class="chips">${chips || (v.status === 'unreadable' ? '<span class="chip">Not checked</span>' : '')}</div></td>`,
      '</tr>',
    ].join('');
  });

  const sortable = (key: string, label: string, numeric = false): string =>
    `<th scope="col"${numeric ? ' class="num"' : ''}><button type="button" data-sort="${key}">${label}</button></th>`;

  const findingsTotal = `${pluralise(t.findings, 'finding')} in ${pluralise(t.files, 'file')}`;
  const body = [
    '<header class="top"><div class="wrap">',
    '<p class="eyebrow">Virtual School · policy check</p>',
    '<h1>Policies for children with a social worker</h1>',
    '<p class="sub">Children looked after, previously looked after, with a social worker and in kinship care: what each school needs to fix before governors sign its policy off.</p>',
    `<p class="asof">Checked against the guidance in force on <strong id="as-of">${escapeHtml(asOfText)}</strong> · ${escapeHtml(findingsTotal)}</p>`,
    '</div></header>',
    '<main class="wrap">',
    '<section aria-label="Totals" class="tiles" id="totals">',
    tile('all', '', t.files, t.files === 1 ? 'File' : 'Files', 'show all'),
    tile('clean', 'clean', t.clean, 'Clean', 'nothing to change'),
    tile('errors', 'errors', t.errors, 'With errors', 'must be fixed'),
    tile('warnings', 'warnings', t.warnings, 'With warnings', 'and no errors'),
    tile('unreadable', 'unreadable', t.unreadable, 'Unreadable', 'could not be checked'),
    '</section>',
    '<section class="card" aria-labelledby="chart-heading">',
    '<h2 id="chart-heading">Findings by rule</h2>',
    `<p class="hint">How many times each check found a problem, across all ${pluralise(t.files, 'file')}.</p>`,
    chart(counts),
    '<ul class="legend" aria-hidden="true"><li><span class="e"></span>errors</li><li><span class="w"></span>warnings</li></ul>',
    '</section>',
    '<section class="card" id="schools" aria-labelledby="schools-heading">',
    '<h2 id="schools-heading">Schools and files</h2>',
    '<p class="hint">Click a column heading to sort; choose a filter to narrow the list and the findings below.</p>',
    '<div class="controls" role="search">',
    '<label>Search<input type="search" id="filter-q" placeholder="School, file or any words" autocomplete="off"></label>',
    `<label>Rule<select id="filter-rule">${option('', 'All rules')}${counts.map((c) => option(c.ruleId, c.title)).join('')}</select></label>`,
    `<label>Severity<select id="filter-severity">${option('', 'Any severity')}${option('error', 'Errors')}${option('warning', 'Warnings')}</select></label>`,
    `<label>Status<select id="filter-status">${option('', 'Any status')}${option('clean', 'Clean')}${option('errors', 'With errors')}${option('warnings', 'With warnings')}${option('unreadable', 'Unreadable')}</select></label>`,
    '<button type="button" class="reset" id="filter-reset">Clear filters</button>',
    '</div>',
    `<p class="shown" id="shown-count" role="status" aria-live="polite">Showing ${t.files} of ${pluralise(t.files, 'file')}</p>`,
    '<table id="files">',
    '<thead><tr>',
    sortable('school', 'School'),
    sortable('file', 'File'),
    sortable('status', 'Status'),
    sortable('errors', 'Errors', true),
    sortable('warnings', 'Warnings', true),
    '<th scope="col">Findings</th>',
    '</tr></thead>',
    '<tbody>',
    ...rows,
    `<tr id="no-match"${results.length === 0 ? '' : ' hidden'}><td colspan="6" class="no-match">${results.length === 0 ? 'No files were checked.' : 'No files match these filters.'}</td></tr>`,
    '</tbody>',
    '</table>',
    '</section>',
    '<h2 class="files-title">Findings and feedback, file by file</h2>',
    ...views.map((v) => fileSection(v, context)),
    '</main>',
    '<footer class="wrap">',
    `<p>Made by policy-lint ${escapeHtml(toolVersion())}. Dates and editions are judged as of ${escapeHtml(asOfText)}; the facts about guidance were last checked against research on <span id="guidance-checked">${escapeHtml(formatLongDate(asOfDate(staleness.checked)))}</span>. `,
    'Each finding quotes the policy so it can be found in the Word or PDF copy. This report is one file: it works offline and loads nothing from the internet.</p>',
    staleNotice ? `<p class="stale-note" id="guidance-stale" role="note"><strong>Guidance facts may be out of date.</strong> ${escapeHtml(staleNotice)}</p>` : '',
    '</footer>',
  ].join('\n');

  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(STYLE)}'`,
    `script-src 'sha256-${sha256(SCRIPT)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB" class="no-js">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="policy-lint ${escapeHtml(toolVersion())}">`,
    `<title>Policy check as of ${escapeHtml(asOfText)}: ${escapeHtml(findingsTotal)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

export default html;
