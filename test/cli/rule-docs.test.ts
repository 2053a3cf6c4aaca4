/**
 * Rule docs in the terminal: `--print-rule-docs ID` (description, options from the schema, the docs
 * text from rules/ID.md), `--list-rules` with each rule's docs URL; every built-in rule has its docs
 * file, shipped in the package, and its URL names that file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { packageRoot, ruleDocsFile, ruleOptions } from '../../src/rule-docs.js';
import { cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/lint.js';

/** The start of an ANSI colour sequence. */
const ANSI = '\u001b[';

describe('rule docs', () => {
  it('every built-in rule has rules/ID.md, shipped in the package, and its docs URL names that file', () => {
    expect(packageRoot()).toBe(ROOT);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('rules/*.md');
    for (const rule of builtinRules) {
      expect(ruleDocsFile(rule.meta.id)).toBe(join(ROOT, 'rules', `${rule.meta.id}.md`));
      expect(rule.meta.docs).toMatch(new RegExp(`^https://.*/rules/${rule.meta.id}\\.md$`));
      expect(readFileSync(join(ROOT, 'rules', `${rule.meta.id}.md`), 'utf8')).toMatch(new RegExp(`^# ${rule.meta.id}\\n`));
    }
    expect(ruleDocsFile('../package')).toBeUndefined();
  });

  it.each(builtinRules.map((r) => r.meta.id))('--print-rule-docs %s prints its description, options and docs', async (id) => {
    const rule = builtinRules.find((r) => r.meta.id === id)!;
    const run = await cli(['--print-rule-docs', id]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out.startsWith(`${id}  (default: ${rule.meta.defaultSeverity}`)).toBe(true);
    expect(out).toContain(rule.meta.description);
    expect(out).toContain(`Docs: ${rule.meta.docs}`);
    const options = ruleOptions(rule);
    if (options.length === 0) expect(out).toContain('Options: none');
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const o of options) expect(out).toMatch(new RegExp(`^  ${o.name}\\s+${literal(o.type)}\\s+${o.default !== undefined ? `default ${literal(o.default)}` : 'no default'}`, 'm'));
    // Each declared message with the advice the reports give for it.
    for (const [messageId, spec] of Object.entries(rule.meta.messages ?? {})) {
      const declared = typeof spec === 'string' ? { message: spec } : spec;
      expect(out).toContain(`  ${messageId}: ${declared.message}`);
      if (declared.reason) expect(out).toContain(`      Why: ${declared.reason}`);
      if (declared.action) expect(out).toContain(`      Do: ${declared.action}.`);
    }
    // The docs text: its sections, without the Markdown title and emphasis markers.
    const markdown = readFileSync(join(ROOT, 'rules', `${id}.md`), 'utf8');
    for (const heading of markdown.match(/^## .*$/gm) ?? []) expect(out).toContain(heading.slice(3));
    expect(out).not.toMatch(/^# /m);
    // Emphasis markers are gone from the prose (an example's own text, indented, keeps its words as written).
    expect(out.split('\n').filter((l) => !l.startsWith('    ')).join('\n')).not.toContain('**');
    expect(out).not.toContain(ANSI);
  });

  it('review-date-current: its options with types and defaults from the schema', async () => {
    const out = (await cli(['--print-rule-docs', 'review-date-current'])).stdout;
    expect(out).toMatch(/^ {2}dueSoonDays +integer \(0–366\) +default 30$/m);
    expect(out).toMatch(/^ {2}requireReviewDate +boolean +default true$/m);
    expect(out).toContain(`--rule 'review-date-current:["warn",{"dueSoonDays":30}]'`);
  });

  it('colour only on a terminal or with --color', async () => {
    expect((await cli(['--print-rule-docs', 'kcsie-current', '--color'])).stdout).toContain(ANSI);
    expect((await cli(['--print-rule-docs', 'kcsie-current'], { tty: true })).stdout).toContain(ANSI);
    expect((await cli(['--print-rule-docs', 'kcsie-current'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ANSI);
  });

  it('an unknown rule is a usage error with a suggestion', async () => {
    const typo = await cli(['--print-rule-docs', 'kcsie-curent']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe('policy-lint: Unknown rule "kcsie-curent". Did you mean "kcsie-current"? Run policy-lint --list-rules to see them.\n');
    const part = await cli(['--print-rule-docs', 'review-date']);
    expect(part.stderr).toMatch(/Did you mean "review-date-current"\?/);
    const nothing = await cli(['--print-rule-docs', 'zzz']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).not.toMatch(/Did you mean/);
  });

  it('--list-rules shows each rule with its severity, description and docs URL', async () => {
    const run = await cli(['--list-rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(builtinRules.length * 2);
    builtinRules.forEach((rule, i) => {
      expect(lines[2 * i]).toMatch(new RegExp(`^${rule.meta.id} +${rule.meta.defaultSeverity} +`));
      expect(lines[2 * i]).toContain(rule.meta.description);
      expect(lines[2 * i + 1].trim()).toBe(rule.meta.docs);
    });
  });

  it('the built CLI finds the docs from dist/ (the installed layout)', () => {
    if (!existsSync(join(ROOT, 'dist', 'src', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'policy-lint.js'), '--print-rule-docs', 'suspension-methods-listed'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('How it decides');
    expect(run.stdout).not.toContain('No docs file was found');
  });
});
