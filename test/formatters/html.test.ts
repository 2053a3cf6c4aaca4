/**
 * The `html` formatter as text: escaping of everything that comes from a document, the JSON island, the
 * Content-Security-Policy, totals, the chart's counts, the findings with their advice, the feedback.
 * (test/browser/html-report.test.ts opens a real report in Chromium.)
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { builtinFormatters } from '../../src/formatters/index.js';
import html, { escapeHtml, jsonForScript, reportTotals, ruleCounts, safeUrl } from '../../src/formatters/html.js';
import { defaultGuidance, editionInForce } from '../../src/guidance/index.js';
import type { LintResult } from '../../src/types.js';
import { ALL, AS_OF, CWD, DOCS, TRICKY, context } from './fixtures.js';

const PAYLOAD = '<script>alert(1)</script>';
const ATTR = '"onmouseover=alert(2) x="';

/** A result built to break out of every context the report writes text into. */
const HOSTILE: LintResult = {
  filePath: path.join(CWD, `policies/${ATTR}<b>.md`),
  school: `${PAYLOAD} Academy ${ATTR}`,
  format: 'markdown',
  messages: [
    {
      ruleId: 'kcsie-current',
      severity: 2,
      message: `Cites KCSIE 2022 ${PAYLOAD} & ${ATTR}`,
      line: 7,
      column: 1,
      excerpt: `Keeping Children Safe in Education 2022 ${PAYLOAD} ${ATTR} </script><!-- <script> \u2028 ]]>`,
      data: { cited: 2022, current: 2025, via: 'text' },
    },
  ],
  errorCount: 1,
  warningCount: 0,
  fatalErrorCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};

const TAGS = new Set([
  '!DOCTYPE', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'div', 'p', 'strong', 'h1', 'h2', 'h3', 'h4', 'main',
  'section', 'button', 'span', 'svg', 'desc', 'g', 'text', 'rect', 'ul', 'li', 'label', 'select', 'option', 'input', 'table',
  'thead', 'tr', 'th', 'tbody', 'td', 'a', 'wbr', 'ol', 'blockquote', 'dl', 'dt', 'dd', 'details', 'summary', 'pre', 'footer', 'script',
]);

function island(out: string): string {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(out);
  if (!m) throw new Error('no JSON island');
  return m[1];
}

function tileCount(out: string, name: string): number {
  const m = new RegExp(`data-total="${name}"><span class="n">(\\d+)</span>`).exec(out);
  if (!m) throw new Error(`no tile ${name}`);
  return Number(m[1]);
}

describe('html: untrusted text', () => {
  const out = html([HOSTILE, ...ALL], context());

  it('escapes school names, file names, messages and excerpts for text and attributes', () => {
    expect(out).not.toContain(PAYLOAD);
    expect(out).not.toContain('<b>');
    // Outside the JSON island (where a quote is \" inside a JSON string), no quote from the policy is raw.
    expect(out.replace(island(out), '')).not.toContain('"onmouseover=');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Academy &quot;onmouseover=alert(2) x=&quot;');
    expect(out).toContain('Keeping Children Safe in Education 2022 &lt;script&gt;alert(1)&lt;/script&gt; &quot;onmouseover=alert(2) x=&quot; &lt;/script&gt;&lt;!-- &lt;script&gt;');
    expect(out).toContain('policies/<wbr>&quot;onmouseover=alert(2) x=&quot;&lt;b&gt;.md');
  });

  it('writes only its own tags, and exactly two scripts: the JSON island and its own', () => {
    const tags = new Set([...out.matchAll(/<\/?([!A-Za-z][\w-]*)/g)].map((m) => m[1]));
    expect([...tags].filter((t) => !TAGS.has(t))).toEqual([]);
    expect(out.match(/<script\b/g)).toHaveLength(2);
    expect(out.match(/<\/script>/g)).toHaveLength(2);
    expect(out).not.toMatch(/\son[a-z]+\s*=/i);
    expect(out).not.toMatch(/\bstyle\s*=/);
  });

  it('the JSON island cannot close its script element, and reads back to the raw strings', () => {
    const json = island(out);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(json) as { files: Array<{ school: string; file: string; feedback: string; search: string }> };
    expect(data.files[0].school).toBe(HOSTILE.school);
    expect(data.files[0].file).toBe(`policies/${ATTR}<b>.md`);
    expect(data.files[0].search).toContain('</script><!-- <script>');
    expect(data.files[0].feedback).toContain(`Dear ${HOSTILE.school},`);
    expect(jsonForScript({ a: '</script><!--\u2028&' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
  });

  it('its script never uses innerHTML, and sets text with textContent', () => {
    expect(out).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(out).toContain('textContent');
  });

  it('links only http(s) URLs', () => {
    expect(safeUrl('https://www.gov.uk/x')).toBe('https://www.gov.uk/x');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<b>')).toBeUndefined();
    expect(safeUrl('https://x.test/"onmouseover=1')).toBeUndefined();
    const plugin = html([{ ...HOSTILE, messages: [{ ...HOSTILE.messages[0], ruleId: 'local/x' }] }], {
      ...context(),
      rulesMeta: { 'local/x': { id: 'local/x', description: 'd', docs: 'javascript:alert(1)', defaultSeverity: 'error', fixable: false } },
    });
    expect(plugin).not.toContain('javascript:');
    expect(plugin).toContain('<span class="rule-id">local/x</span>');
  });

  it('escapeHtml covers the five characters and drops control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\u0000\u0007`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('html: a self-contained page', () => {
  const out = html(ALL, context());

  it('has a Content-Security-Policy that allows nothing but its own style and script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(out)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(out)![1];
    const hash = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
  });

  it('loads nothing: no external resource, font or stylesheet', () => {
    expect(out).not.toMatch(/<(?:link|img|iframe|object|embed)\b/i);
    expect(out).not.toMatch(/\ssrc\s*=/i);
    expect(out).not.toMatch(/@import|url\(|@font-face/i);
  });

  it('shows the as-of date, and the totals by status', () => {
    expect(out).toContain('Checked against the guidance in force on <strong id="as-of">23 November 2026</strong>');
    // MD (errors), PDF (errors), DOCX (a warning), FATAL (unreadable), CLEAN.
    expect(reportTotals(ALL)).toEqual({ files: 5, clean: 1, errors: 2, warnings: 1, unreadable: 1, findings: 5 });
    expect([tileCount(out, 'all'), tileCount(out, 'clean'), tileCount(out, 'errors'), tileCount(out, 'warnings'), tileCount(out, 'unreadable')]).toEqual([5, 1, 2, 1, 1]);
  });

  it('charts findings per rule: every rule that ran, errors and warnings, counts as text', () => {
    expect(ruleCounts(ALL, context()).map((c) => [c.ruleId, c.errors, c.warnings])).toEqual([
      ['designated-teacher-named', 1, 0],
      ['kcsie-current', 1, 0],
      ['review-date-current', 0, 1],
      ['suspension-methods-listed', 0, 1],
      ['ap-hours-current', 0, 0],
    ]);
    const counts = [...out.matchAll(/<g class="bar-row" data-rule="([^"]+)">[\s\S]*?data-count="(\d+)">(\d+)<\/text>/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    expect(counts).toEqual([
      ['designated-teacher-named', 1, 1],
      ['kcsie-current', 1, 1],
      ['review-date-current', 1, 1],
      ['suspension-methods-listed', 1, 1],
      ['ap-hours-current', 0, 0],
    ]);
    expect(out).toMatch(/<svg class="chart"[^>]* role="img" aria-labelledby="chart-title chart-desc"/);
    expect(out).toContain('<title id="chart-title">Findings per rule: 4 findings</title>');
    // A rule a plugin reported comes after the rules that ran.
    const extra = ruleCounts([{ ...ALL[0], messages: [{ ...ALL[0].messages[0], ruleId: 'local/x' }] }], context());
    expect(extra.map((c) => c.ruleId).at(-1)).toBe('local/x');
  });

  it('has a sortable, filterable table with a row per file', () => {
    expect(out.match(/<tr id="row-f\d+"/g)).toHaveLength(ALL.length);
    for (const key of ['school', 'file', 'status', 'errors', 'warnings']) expect(out).toContain(`data-sort="${key}"`);
    for (const id of ['filter-rule', 'filter-severity', 'filter-status', 'filter-q']) expect(out).toContain(`id="${id}"`);
    expect(out).toContain('<option value="kcsie-current">');
    for (const status of ['clean', 'errors', 'warnings', 'unreadable']) expect(out).toContain(`<option value="${status}">`);
    expect(out).toContain('<tr id="row-f4" data-id="f4" data-status="unreadable">');
  });

  it('each finding: where, severity, linked rule, message, excerpt, reason and guidance with title, year and link', () => {
    expect(out).toContain('<span class="where">Line 12</span>');
    expect(out).toContain('<span class="where">p. 4, line 12</span>');
    expect(out).toContain('<span class="where">Paragraph 40</span>');
    expect(out).toContain('<span class="where">Whole file</span>');
    expect(out).toContain(`<a class="rule-id" href="${DOCS('kcsie-current')}" rel="noopener noreferrer">kcsie-current</a>`);
    expect(out).toContain('<blockquote class="excerpt">Keeping Children Safe in Education 2022</blockquote>');
    expect(out).toContain('<dt>Why it matters</dt><dd>The policy cites Keeping Children Safe in Education 2022;');
    const kcsie = defaultGuidance.documents.kcsie;
    const current = editionInForce(kcsie, new Date(`${AS_OF}T00:00:00Z`))!;
    expect(out).toContain(`<a class="guidance-link" href="${kcsie.url}" rel="noopener noreferrer">${escapeHtml(kcsie.title)}</a> <span class="year">(${current.year})</span>`);
    expect(out).toContain("<dt>Rests on</dt><dd>The policy&#39;s own review date.</dd>");
    expect(out).toContain('<p class="all-clear">');
  });

  it('a feedback block with a Copy button for each file', () => {
    expect(out.match(/<pre class="feedback-text"/g)).toHaveLength(ALL.length);
    expect(out.match(/<button type="button" class="copy" data-id="f\d+"/g)).toHaveLength(ALL.length);
    expect(out).toContain('<pre class="feedback-text" id="f1-text" tabindex="0">Dear colleagues,\n\nThank you for sending your policy');
    const data = JSON.parse(island(out)) as { files: Array<{ id: string; feedback: string; status: string; findings: string[][] }> };
    expect(data.files.map((f) => f.status)).toEqual(['errors', 'errors', 'warnings', 'unreadable', 'clean']);
    expect(data.files[0].findings).toEqual([
      ['kcsie-current', 'error'],
      ['review-date-current', 'warning'],
    ]);
    expect(data.files[3].findings).toEqual([['(unreadable)', 'error']]);
    expect(data.files.every((f) => f.feedback.endsWith('Kind regards,\n'))).toBe(true);
  });

  it('carries a message with %, :, , and a newline intact (pre-wrap keeps the line break)', () => {
    const m = /<li class="finding warning"[^>]*>[\s\S]*?<p class="message">([\s\S]*?)<\/p>/.exec(out);
    const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(unescape(m![1])).toBe(TRICKY);
    expect(out).toMatch(/\.message\{[^}]*white-space:pre-line/);
  });

  it('is a built-in formatter, and says so when there is nothing to show', () => {
    expect(builtinFormatters.html).toBe(html);
    const empty = html([], context());
    expect(empty).toContain('No files were checked.');
    expect(tileCount(empty, 'all')).toBe(0);
  });
});

describe('html: the kind of each policy', () => {
  it('shows the kind in the table and the file section, with its evidence as a tooltip (escaped)', () => {
    const out = html([{ ...ALL[0], kind: 'safeguarding', kindEvidence: `title "Safeguarding ${PAYLOAD}"` }, ALL[4]], context());
    expect(out).toContain('<span class="fmt">Markdown · Safeguarding policy</span>');
    expect(out).toContain('<span class="kind" title="title &quot;Safeguarding &lt;script&gt;alert(1)&lt;/script&gt;&quot;">Safeguarding policy</span>');
    expect(out).not.toContain(PAYLOAD);
  });
});
