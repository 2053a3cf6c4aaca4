/**
 * A rule's docs in the terminal (`--print-rule-docs ID`) and the rule list (`--list-rules`).
 *
 * The docs are the Markdown files beside the rules (rules/ID.md), which the package ships: they are
 * found from the package root, whether this module runs as dist/src/rule-docs.js or src/rule-docs.ts.
 * The options table comes from the rule's meta.schema (name, type, default), so it cannot drift from
 * what the rule accepts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk, type ChalkInstance } from 'chalk';
import { messageSpecOf } from './common/messages.js';
import { defaultGuidance } from './guidance/index.js';
import type { RuleModule } from './types.js';

/** The directory of the policy-lint package this module belongs to (the nearest package.json named policy-lint). */
export function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'policy-lint') return dir;
      } catch {
        // unreadable package.json: keep looking up
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The path of a built-in rule's docs (rules/ID.md in the package), or undefined when it is not there. */
export function ruleDocsFile(ruleId: string): string | undefined {
  const root = packageRoot();
  if (!root || !/^[a-z0-9][a-z0-9-]*$/i.test(ruleId)) return undefined;
  const file = join(root, 'rules', `${ruleId}.md`);
  return existsSync(file) ? file : undefined;
}

export interface OptionRow {
  name: string;
  type: string;
  default?: string;
  description?: string;
}

/** The options a rule's schema accepts: name, type, default (and description when the schema has one). */
export function ruleOptions(rule: RuleModule): OptionRow[] {
  const properties = (rule.meta.schema?.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).map(([name, prop]) => {
    const row: OptionRow = { name, type: typeOf(prop) };
    if (prop.default !== undefined) row.default = JSON.stringify(prop.default);
    if (typeof prop.description === 'string') row.description = prop.description;
    return row;
  });
}

function typeOf(prop: Record<string, unknown>): string {
  if (Array.isArray(prop.enum)) return prop.enum.map((v) => JSON.stringify(v)).join(' | ');
  const type = Array.isArray(prop.type) ? (prop.type as string[]).join(' | ') : typeof prop.type === 'string' ? prop.type : 'any';
  if (type === 'array' && prop.items && typeof prop.items === 'object') return `${typeOf(prop.items as Record<string, unknown>)}[]`;
  let bounds = '';
  if (typeof prop.minimum === 'number' && typeof prop.maximum === 'number') bounds = ` (${prop.minimum}–${prop.maximum})`;
  else if (typeof prop.minimum === 'number') bounds = ` (≥ ${prop.minimum})`;
  return type + bounds;
}

/** Markdown for a terminal: headings emphasised, `**bold**` and links made plain, code kept in backticks (coloured when colour is on). */
export function renderMarkdown(markdown: string, chalk: ChalkInstance): string {
  const out: string[] = [];
  let fence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const open = /^\s*(?:```|~~~)\s*(\S*)\s*(.*)$/.exec(line);
    if (open) {
      const caption = fence ? undefined : exampleCaption(open[1], open[2]);
      if (caption) out.push(`  ${chalk.italic(caption)}`);
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(chalk.dim(`    ${line}`));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[2], chalk);
      out.push(chalk.level > 0 ? chalk.bold.underline(text) : `${text}\n${'-'.repeat(Math.min(heading[2].length, 80))}`);
      continue;
    }
    out.push(inline(line, chalk));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * The caption of a rule doc's example block, from its info string (` ```markdown reported date=2026-11-23 `,
 * ` ```text findings `; the convention is in test/rule-docs-examples.test.ts): "Reported (as of 23 Nov…)".
 * Undefined for any other block, which is shown as before.
 */
function exampleCaption(lang: string, meta: string): string | undefined {
  const [marker, ...words] = meta.split(/\s+/).filter(Boolean);
  if (marker === 'findings') return 'Findings:';
  if (marker !== 'reported' && marker !== 'not-reported') return undefined;
  const details: string[] = [];
  if (lang === 'text') details.push('as extracted text');
  if (lang === 'docx') details.push('in a Word document');
  for (const word of words) {
    const [key, value] = [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)];
    if (key === 'date') details.push(`as of ${value}`);
    else if (key === 'kind') details.push(`in a ${value} policy`);
    else if (key === 'options') details.push(`options ${value}`);
    else if (key === 'model') details.push(`compared with the model ${value}`);
  }
  return `${marker === 'reported' ? 'Reported' : 'Not reported'}${details.length > 0 ? ` (${details.join(', ')})` : ''}:`;
}

function inline(text: string, chalk: ChalkInstance): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => `${label} (${url})`)
    .replace(/\*\*([^*]+)\*\*/g, (_, t: string) => chalk.bold(t))
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?![*\w])/g, (_, pre: string, t: string) => pre + chalk.italic(t))
    .replace(/`([^`]+)`/g, (m: string, code: string) => (chalk.level > 0 ? chalk.cyan(code) : m));
}

/** What `--print-rule-docs ID` prints: the rule's id, default severity, description, docs URL, options, then its docs. */
export function formatRuleDocs(rule: RuleModule, options: { color: boolean; markdown?: string }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const { meta } = rule;
  const out: string[] = [];
  const preset = meta.recommended === false ? '; in policy-lint:adviser, off by default' : '';
  out.push(`${chalk.bold(meta.id)}  (default: ${meta.defaultSeverity}${preset}${meta.usesDate ? '; reads the as-of date, --date' : ''})`);
  out.push('', meta.description, '', `Docs: ${meta.docs}`, '');
  const rows = ruleOptions(rule);
  if (rows.length === 0) {
    out.push('Options: none');
  } else {
    out.push('Options:');
    const nameWidth = Math.max(...rows.map((r) => r.name.length));
    const typeWidth = Math.max(...rows.map((r) => r.type.length));
    for (const r of rows) {
      const parts = [r.name.padEnd(nameWidth), r.type.padEnd(typeWidth), r.default !== undefined ? `default ${r.default}` : 'no default'];
      if (r.description) parts.push(r.description);
      out.push(`  ${parts.join('  ').trimEnd()}`);
    }
    const example = rows.find((r) => r.default !== undefined);
    if (example) {
      out.push('', `  e.g. --rule '${meta.id}:["warn",{"${example.name}":${example.default}}]'`);
    }
  }
  out.push(...messageLines(rule));
  if (options.markdown !== undefined) {
    // The docs' own title repeats the id: drop it.
    const body = options.markdown.replace(/^\s*#\s+[^\n]*\n+/, '');
    out.push('', chalk.dim('─'.repeat(72)), '', renderMarkdown(body.trimEnd(), chalk));
  } else {
    out.push('', `(No docs file was found for this rule: see ${meta.docs})`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The rule's declared messages, as the reports give them: each messageId's template ({{…}} is filled from
 * the finding), why it matters, what to do, and the guidance (or basis) it rests on.
 */
function messageLines(rule: RuleModule): string[] {
  const ids = Object.keys(rule.meta.messages ?? {});
  if (ids.length === 0) return [];
  const out = ['', 'Messages (the advice the reports give; {{…}} is filled from each finding):'];
  for (const id of ids) {
    const spec = messageSpecOf(rule.meta.messages, id)!;
    out.push(`  ${id}: ${spec.message}`);
    if (spec.reason) out.push(`      Why: ${spec.reason}`);
    if (spec.action) out.push(`      Do: ${spec.action}.`);
    const guidance = (spec.guidance ?? []).map((g) => {
      const docId = typeof g === 'string' ? g : g.document;
      const doc = defaultGuidance.documents[docId];
      return doc ? `${doc.title} (${doc.url})` : docId;
    });
    if (guidance.length > 0) out.push(`      Rests on: ${guidance.join('; ')}`);
    else if (spec.basis) out.push(`      Rests on: ${spec.basis}`);
  }
  return out;
}

/** What `--list-rules` prints: per rule, id, default severity and description, then its docs URL on the next line. */
export function formatRuleList(rules: Iterable<RuleModule>): string {
  const list = [...rules];
  const idWidth = Math.max(28, ...list.map((r) => r.meta.id.length + 1));
  const lines: string[] = [];
  for (const rule of list) {
    const preset = rule.meta.recommended === false ? ' (adviser)' : '';
    lines.push(`${rule.meta.id.padEnd(idWidth)} ${rule.meta.defaultSeverity.padEnd(6)} ${rule.meta.description}${preset}`);
    lines.push(`${' '.repeat(idWidth + 1 + 6 + 1)}${rule.meta.docs}`);
  }
  return `${lines.join('\n')}\n`;
}
