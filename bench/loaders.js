/**
 * Word and PDF cost per document, against the bare library's extraction of the same files, in the
 * same run: mammoth.convertToHtml for .docx, unpdf's extractText for .pdf (the floor any tool built on
 * those libraries pays), then policy-lint's loader alone, then a whole lint (load, parse, model, rules).
 *
 *   npm run build && node bench/loaders.js [--rounds 15] [--corpus ../shared/corpus]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '15' }, corpus: { type: 'string', default: join(root, '..', 'shared', 'corpus') } } });
const rounds = Number(values.rounds);

const mammoth = (await import('mammoth')).default;
const { extractText, getDocumentProxy } = await import('unpdf');
const { loadDocx } = await import(join(root, 'dist/src/load/docx.js'));
const { loadPdf } = await import(join(root, 'dist/src/load/pdf.js'));
const { Linter } = await import(join(root, 'dist/src/linter.js'));
const linter = new Linter({ date: '2026-11-23' });

const files = readdirSync(values.corpus).filter((f) => /\.(docx|pdf)$/.test(f)).sort();
if (files.length === 0) {
  console.error(`no .docx or .pdf files in ${values.corpus}`);
  process.exit(1);
}

/** Median milliseconds of `fn` over the rounds (after one warm-up). */
async function median(fn) {
  await fn();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
for (const format of ['docx', 'pdf']) {
  const group = files.filter((f) => f.endsWith(`.${format}`));
  let bare = 0;
  let loader = 0;
  let lint = 0;
  for (const f of group) {
    const path = join(values.corpus, f);
    const bytes = new Uint8Array(readFileSync(path));
    if (format === 'docx') {
      bare += await median(() => mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
      loader += await median(() => loadDocx(bytes));
    } else {
      bare += await median(async () => {
        const pdf = await getDocumentProxy(bytes.slice());
        await extractText(pdf, { mergePages: true });
        await pdf.destroy();
      });
      loader += await median(() => loadPdf(bytes));
    }
    lint += await median(() => linter.lintFile(path));
  }
  const n = group.length;
  rows.push({ format, n, bare: bare / n, loader: loader / n, lint: lint / n });
}

console.log(`Word and PDF cost per document (${files.length} corpus files, median of ${rounds} rounds each)\n`);
console.log('format  docs  bare library ms  policy-lint loader ms (ratio)  whole lint ms (ratio)');
for (const r of rows) {
  console.log(
    `${r.format.padEnd(6)}  ${String(r.n).padStart(4)}  ${r.bare.toFixed(1).padStart(15)}  ${r.loader.toFixed(1).padStart(20)} (${(r.loader / r.bare).toFixed(2)}x)  ${r.lint.toFixed(1).padStart(13)} (${(r.lint / r.bare).toFixed(2)}x)`,
  );
}
console.log('\nbare library: mammoth.convertToHtml (.docx), unpdf getDocumentProxy + extractText (.pdf). Goal: within 1.2x.');
