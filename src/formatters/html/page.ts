/**
 * The HTML report's page: the header, the totals as filter buttons, the chart, the sortable table of
 * schools and files, a section per file, the footer, and around them the head with the
 * Content-Security-Policy, the inlined stylesheet and script, and the script's data.
 */
import { createHash } from 'node:crypto';
import { guidanceStaleness, guidanceStalenessNotice } from '../../guidance/index.js';
import { asOfDate, formatLongDate } from '../advice.js';
import type { Formatter } from '../types.js';
import { isError, pluralise, toolVersion } from '../util.js';
import { reportAssets } from './assets.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { chart, fileSection } from './render.js';
import { STATUS_LABEL, fileViews, reportData, reportTotals, ruleCounts } from './view.js';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function option(value: string, label: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}

export const htmlReport: Formatter = (results, context) => {
  const asOf = asOfDate(context.asOf);
  const asOfText = formatLongDate(asOf);
  // How old the built-in guidance facts are on the as-of date: always dated in the footer, a note when stale.
  const staleness = guidanceStaleness(context.asOf);
  const staleNotice = guidanceStalenessNotice(staleness);
  const counts = ruleCounts(results, context);
  const t = reportTotals(results);
  const views = fileViews(results, context);
  const data = reportData(views, counts, context.asOf);

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

  // The text of the <style> and <script> elements exactly as written below (each starts on a new line
  // after its tag): a CSP hash is of the element's whole text, so any change to it must go through here.
  const { style, script } = reportAssets();
  const styleText = `\n${style}`;
  const scriptText = `\n${script}`;
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(styleText)}'`,
    `script-src 'sha256-${sha256(scriptText)}'`,
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
    `<style>${styleText}</style>`,
    '</head>',
    '<body>',
    body,
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${scriptText}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
