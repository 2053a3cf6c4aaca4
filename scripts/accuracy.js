#!/usr/bin/env node
/**
 * `npm run accuracy`: how well the rules do on real policies, per rule, against an auditor's labels.
 *
 * Scores two labelled sets with the shared scorer (../shared/realworld/score.mjs):
 *   - fixtures/realworld/: policy-lint's own development set (44 real policies of every kind);
 *   - ../shared/realworld/: twenty real policies from other schools (when the shared folder is beside
 *     the repository, as it is in CI).
 * Each set is linted as of its labels' date (expected.json "asOf"), with no config file, as a school
 * would run `npx policy-lint` over its folder. For fixtures/realworld the kind policy-lint reads for each
 * file is also compared with the kind the collector wrote in NN-name.expected.json.
 *
 * Usage: node scripts/accuracy.js [--min 0.95] [--verbose]
 * Exits 1 when a set's recall or precision is below --min (default 0.95), 2 when a set cannot be scored.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SHARED = join(ROOT, '..', 'shared', 'realworld');
const SCORER = join(SHARED, 'score.mjs');
const LOOKED_AFTER_KINDS = new Set(['looked-after', 'designated-teacher', 'social-worker', 'kinship-care']);

const args = process.argv.slice(2);
const minIndex = args.indexOf('--min');
const MIN = minIndex >= 0 ? Number(args[minIndex + 1]) : 0.95;
const VERBOSE = args.includes('--verbose');
if (!(MIN >= 0 && MIN <= 1)) {
  console.error(`--min expects a number from 0 to 1, not ${args[minIndex + 1]}`);
  process.exit(2);
}

const sets = [
  { name: 'fixtures/realworld', dir: join(ROOT, 'fixtures', 'realworld') },
  { name: '../shared/realworld', dir: SHARED },
];

if (!existsSync(SCORER)) {
  console.error(`The scorer ${SCORER} is missing: put the shared folder beside the repository.`);
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'policy-lint-accuracy-'));
let status = 0;
try {
  for (const set of sets) {
    if (!existsSync(join(set.dir, 'expected.json'))) {
      console.log(`${set.name}: no expected.json, not scored`);
      if (set.dir !== SHARED) status = 2;
      continue;
    }
    const expected = JSON.parse(readFileSync(join(set.dir, 'expected.json'), 'utf8'));
    const files = readdirSync(set.dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(set.dir, f));
    const resultsFile = join(tmp, `${set.name.replace(/\W+/g, '-')}.json`);
    const lint = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'policy-lint.js'), ...files, '--date', expected.asOf, '--format', 'json', '--output-file', resultsFile, '--no-config-lookup'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } },
    );
    if (lint.status !== 0 && lint.status !== 1) {
      console.error(`${set.name}: policy-lint failed (exit ${lint.status}):\n${lint.stderr}`);
      status = 2;
      continue;
    }
    const score = spawnSync(process.execPath, [SCORER, resultsFile, join(set.dir, 'expected.json')], { encoding: 'utf8' });
    const lines = score.stdout.trimEnd().split('\n');
    const table = lines.findIndex((l) => l.startsWith('rule '));
    console.log(`\n== ${set.name} (${files.length} policies, as of ${expected.asOf})`);
    if (VERBOSE) for (const l of lines.slice(0, table)) console.log(`  ${l}`);
    else if (table > 0) console.log(`  ${table} finding(s) missed or extra; --verbose lists them`);
    for (const l of lines.slice(table)) console.log(`  ${l}`);
    const summary = /recall ([\d.]+) precision ([\d.]+)/.exec(lines.at(-1) ?? '');
    if (!summary) {
      console.error(`${set.name}: the scorer printed no summary:\n${score.stdout}${score.stderr}`);
      status = 2;
      continue;
    }
    if (Number(summary[1]) < MIN || Number(summary[2]) < MIN) {
      console.log(`  below the floor of ${MIN}`);
      status = Math.max(status, 1);
    }
    reportKinds(set, resultsFile);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);

/** The kind policy-lint read against the kind the collector wrote, where the set records one. */
function reportKinds(set, resultsFile) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  let labelled = 0;
  let exact = 0;
  let family = 0;
  const wrong = [];
  for (const r of results) {
    const base = r.filePath.split(/[\\/]/).pop().replace(/\.txt$/, '');
    const meta = join(set.dir, `${base}.expected.json`);
    if (!existsSync(meta)) continue;
    const want = JSON.parse(readFileSync(meta, 'utf8')).kind;
    if (typeof want !== 'string') continue;
    labelled++;
    if (r.kind === want) exact++;
    // What matters to the rules: whether the policy must name its designated teacher.
    if (LOOKED_AFTER_KINDS.has(r.kind) === LOOKED_AFTER_KINDS.has(want)) family++;
    else wrong.push(`${base}: labelled ${want}, read ${r.kind}`);
  }
  if (labelled === 0) return;
  console.log(`  kinds: ${exact}/${labelled} as labelled; ${family}/${labelled} on the right side of "must name its designated teacher"`);
  for (const w of wrong) console.log(`    ${w}`);
}
