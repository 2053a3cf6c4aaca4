#!/usr/bin/env node
/**
 * `npm run accuracy:adviser`: how well each rule of the adviser's pack does on real policies, against
 * an auditor's labels in fixtures/adviser/<rule>.labels.json:
 *
 *   { "rule": "placeholder-left", "asOf": "2026-11-23", "options": { … },
 *     "files": { "fixtures/seeds/hartsfield-jmi.md": [ { "line": 12, "note": "[School name] left in" } ],
 *                "fixtures/realworld/03-westgate-primary.txt": [] } }
 *
 * Every file listed is judged: its findings of the rule must be exactly the labelled ones (a label's
 * line, or null for "anywhere in the file"; a finding matches the first unmatched label on its line).
 * Paths are from the repository's root (../shared/… for the shared sets). A file that is not there is
 * skipped and counted (CI has ../shared beside the repository; a bare clone may not).
 *
 * Usage: node scripts/adviser-accuracy.js [--rule ID] [--verbose] [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from '../dist/src/index.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIR = join(ROOT, 'fixtures', 'adviser');
const args = process.argv.slice(2);
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const verbose = args.includes('--verbose');

/** Scores one labels file: true and false positives, misses, with what each was. */
export async function scoreLabels(labels) {
  const linter = new Linter({ rules: { [labels.rule]: labels.options ? ['error', labels.options] : 'error' }, date: labels.asOf });
  const out = { rule: labels.rule, tp: 0, fp: 0, fn: 0, skipped: 0, files: 0, details: [] };
  for (const [file, expected] of Object.entries(labels.files)) {
    const path = join(ROOT, file);
    if (!existsSync(path)) {
      out.skipped++;
      continue;
    }
    out.files++;
    const result = await linter.lintFile(path);
    const found = result.messages.filter((m) => m.ruleId === labels.rule);
    const left = expected.map((e) => ({ ...e }));
    for (const m of found) {
      const i = left.findIndex((e) => e.line === null || e.line === undefined || e.line === m.line);
      if (i >= 0) {
        out.tp++;
        left.splice(i, 1);
      } else {
        out.fp++;
        out.details.push(`FP ${file}:${m.line}:${m.column} ${m.messageId} ${m.message}`);
      }
    }
    for (const e of left) {
      out.fn++;
      out.details.push(`FN ${file}:${e.line ?? '*'} ${e.note ?? ''}`);
    }
  }
  return out;
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.labels.json')).sort() : [];
  const rows = [];
  for (const f of files) {
    const labels = JSON.parse(readFileSync(join(DIR, f), 'utf8'));
    if (only && labels.rule !== only) continue;
    const s = await scoreLabels(labels);
    rows.push(s);
    console.log(
      `${s.rule.padEnd(26)} files ${String(s.files).padStart(3)}  found ${String(s.tp + s.fp).padStart(3)}  labelled ${String(s.tp + s.fn).padStart(3)}  ` +
        `precision ${ratio(s.tp, s.tp + s.fp).toFixed(2)}  recall ${ratio(s.tp, s.tp + s.fn).toFixed(2)}${s.skipped ? `  (${s.skipped} not here)` : ''}`,
    );
    if (verbose) for (const d of s.details) console.log(`    ${d}`);
  }
  if (args.includes('--json')) console.log(JSON.stringify(rows));
}
