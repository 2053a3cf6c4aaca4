/**
 * The HTML report's parts that repeat: the chart of findings per rule, one finding with the guidance it
 * rests on, and one file's section with its feedback for the school. Every string from a document or a
 * message goes through escapeHtml, every URL through link (./escape.ts).
 */
import type { LintMessage, LintResult } from '../../types.js';
import { adviceFor, asOfDate, formatLongDate, titleFor } from '../advice.js';
import type { Advice, GuidanceRef } from '../advice.js';
import type { FormatterContext } from '../types.js';
import { longPosition, pluralise, whereOf } from '../util.js';
import { escapeHtml, link, linkify } from './escape.js';
import { STATUS_LABEL, severityName } from './view.js';
import type { FileView, RuleCount } from './view.js';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// The chart

/** An SVG bar chart of findings per rule, errors and warnings stacked, with the counts as text and a role="img" summary. */
export function chart(counts: RuleCount[]): string {
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
    ? `<span class="rule">${escapeHtml(titleFor(ruleId, context.rulesMeta, m.messageId))}</span>${link(ruleId, context.rulesMeta?.[ruleId]?.docs, 'rule-id')}`
    : '<span class="rule">The file could not be read</span>';
  return [
    `<li class="finding ${sev}" data-rule="${escapeHtml(ruleId ?? '(unreadable)')}" data-severity="${sev}">`,
    '<div class="finding-head">',
    `<span class="sev ${sev}">${sev === 'error' ? 'Error' : 'Warning'}</span>`,
    `<span class="where">${escapeHtml(where)}</span>`,
    rule,
    '</div>',
    `<p class="message">${escapeHtml(m.message)}</p>`,
    m.excerpt && !wordDifference(m) ? `<blockquote class="excerpt">${escapeHtml(m.excerpt)}</blockquote>` : '',
    differenceHtml(m),
    '<dl class="detail">',
    `<dt>Why it matters</dt><dd>${escapeHtml(advice.reason)}</dd>`,
    guidanceHtml(advice),
    '</dl>',
    '</li>',
  ].join('');
}

/** A finding's word difference, when it has one (`data.parts`: the kept, removed and added words of a comparison). */
function wordDifference(m: LintMessage): Array<{ kind: 'same' | 'removed' | 'added'; text: string }> | undefined {
  const parts = m.data?.parts;
  if (!Array.isArray(parts) || parts.length === 0) return undefined;
  const ok = parts.every((p) => p && typeof p === 'object' && ['same', 'removed', 'added'].includes((p as { kind?: string }).kind ?? '') && typeof (p as { text?: unknown }).text === 'string');
  return ok ? (parts as Array<{ kind: 'same' | 'removed' | 'added'; text: string }>) : undefined;
}

/** The model's words and the school's side by side, the removed and the added marked (the changes-from-the-model view). */
function differenceHtml(m: LintMessage): string {
  const parts = wordDifference(m);
  if (!parts) return '';
  const side = (drop: 'removed' | 'added', mark: 'del' | 'ins') =>
    parts
      .filter((p) => p.kind !== drop)
      .map((p) => (p.kind === 'same' ? escapeHtml(p.text) : `<${mark}>${escapeHtml(p.text)}</${mark}>`))
      .join(' ');
  return [
    '<div class="difference">',
    `<div class="side"><span class="side-label">The model</span><p>${side('added', 'del')}</p></div>`,
    `<div class="side"><span class="side-label">This school's text</span><p>${side('removed', 'ins')}</p></div>`,
    '</div>',
  ].join('');
}

/** One file's section: its findings in order (the script hides them by index), then its feedback with a Copy button. */
export function fileSection(v: FileView, context: FormatterContext): string {
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
    `<p class="file-meta"><span class="path">${escapeHtml(v.file)}</span> · ${escapeHtml(v.format)}${v.kind ? ` · <span class="kind" title="${escapeHtml(v.result.kindEvidence ?? '')}">${escapeHtml(v.kind)}</span>` : ''} · ${escapeHtml(counts)}${
      // The school's own document with the findings on it (--annotate), linked from where the report is written.
      v.reviewed ? ` · <a class="reviewed" href="${escapeHtml(encodeURI(v.reviewed))}">Reviewed copy</a>` : ''
    }</p>`,
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
