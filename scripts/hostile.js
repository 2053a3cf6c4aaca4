/**
 * policy-lint's hostile corpus (issue 15): "an adviser's batch is whatever schools sent: one bad file must
 * cost one fatal finding, never the batch".
 *
 *   npm run hostile [-- --per-file] [-- --concurrency X] [-- --keep]
 *       builds, generates the corpus into a temporary folder, hashes every input, runs
 *       `node bin/policy-lint.js corpus --format json` over it once (default concurrency, as a user would,
 *       or --concurrency X passed through), measures the wall time and the peak memory of the whole
 *       process tree, prints a table of what became of each file and PASS/FAIL against the goals, and
 *       removes the folder (and the "secret" file outside the corpus). --keep leaves it.
 *       --per-file adds a second pass: each file linted alone in its own process (the same options, a
 *       120 s timeout), for its own time and peak memory. The batch's figures are never taken from that
 *       pass, and that pass never runs while the batch does, so it cannot distort them.
 *   node scripts/hostile.js --generate DIR [--small]
 *       only generates: DIR/corpus/ (the inputs), DIR/outside/secret-policy.md (the target of a link that
 *       leads out of the corpus) and DIR/manifest.json (each input, what it is and the outcome expected).
 *       --small shrinks the cases where size is not the point (the 45 MB Markdown becomes 4 MB, the bombs
 *       inflate to 256 MB rather than 1 GB, the 60 MB file is sparse); every case is still there.
 *       test/hostile.test.ts uses this.
 *
 * Nothing here is committed but the script: the corpus is generated, small files that expand, under
 * 200 MB on disk (the 60 MB over-the-cap text and the 45 MB Markdown are the big ones).
 *
 * Peak memory: the CLI runs under `--import bench/rusage.js`, whose maxRSS covers the process and its
 * worker threads; /proc is also sampled every 50 ms for the RSS of the whole process tree (in case a file
 * is ever linted in a child process); the larger is reported.
 *
 * Runs with plain `node` (no TypeScript): the Word and PDF files are written by hand here (a zip writer
 * and a PDF writer of a few lines each, the ideas of test/helpers/make-docx.ts and make-pdf.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DATE = '2026-11-23';
const MB = 1024 * 1024;
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** The goals of issue 15 for this corpus, on a 2-core machine. */
export const GOALS = { wallMs: 60_000, peakMb: 600 };

// ---------------------------------------------------------------------------------------------------
// Policy text.

/** A short policy with three findings: a stale KCSIE year, a blank designated teacher, a past review date. */
function policy(title, extra = '') {
  return [
    `# ${title}`,
    '',
    'Oakfield Primary School',
    '',
    `We follow Keeping Children Safe in Education 2019${extra}.`,
    '',
    'Designated teacher: ......',
    '',
    'Review date: June 2020',
    '',
  ].join('\n');
}

/** The seed policies (real text) in the repository. */
function seedText() {
  const dir = join(ROOT, 'fixtures', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
}

/** Deterministic pseudo-random bytes (mulberry32). */
function randomBytes(n, seed = 15) {
  const out = Buffer.alloc(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Compression: a stream of `prefix`, `count` MB of `fill`, `suffix`, deflated without holding it all.

async function deflateRepeated({ prefix, fill, megabytes, suffix, raw }) {
  const deflate = raw ? zlib.createDeflateRaw({ level: 9 }) : zlib.createDeflate({ level: 9 });
  const chunks = [];
  deflate.on('data', (c) => chunks.push(c));
  const ended = once(deflate, 'end');
  const block = Buffer.alloc(MB, fill);
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  let crc = zlib.crc32(head);
  deflate.write(head);
  for (let i = 0; i < megabytes; i++) {
    crc = zlib.crc32(block, crc);
    if (!deflate.write(block)) await once(deflate, 'drain');
  }
  crc = zlib.crc32(tail, crc);
  deflate.end(tail);
  await ended;
  return { bytes: Buffer.concat(chunks), crc: crc >>> 0, size: head.length + megabytes * MB + tail.length };
}

// ---------------------------------------------------------------------------------------------------
// A zip writer: entries { name, data } (deflated, or stored with `store`), or { name, deflated: {bytes,
// crc, size} } already compressed; `declaredSize` overrides the uncompressed size the archive states.

function zipArchive(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let method, body, crc, size;
    if (e.deflated) {
      ({ bytes: body, crc, size } = e.deflated);
      method = 8;
    } else {
      const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
      crc = zlib.crc32(data) >>> 0;
      size = data.length;
      method = e.store ? 0 : 8;
      body = method === 8 ? zlib.deflateRawSync(data) : data;
    }
    const declared = e.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5b77, 12); // 2025-11-23
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x5b77, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function documentXml(paragraphs) {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

const DOCX_PARAGRAPHS = [
  'Children Looked After Policy',
  'Oakfield Primary School',
  'We follow Keeping Children Safe in Education 2019 in all our work with children looked after.',
  'Designated teacher: ......',
  'Review date: June 2020',
];
const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

/** The parts of a minimal Word document; `document` and `styles` may be replaced. */
function docxParts({ document, styles } = {}) {
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/_rels/document.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    },
    document ?? { name: 'word/document.xml', data: documentXml(DOCX_PARAGRAPHS) },
    styles ?? { name: 'word/styles.xml', data: STYLES_XML },
  ];
}

// ---------------------------------------------------------------------------------------------------
// A PDF writer: pages of Helvetica text, each a content stream (raw or already Flate-compressed).

const pdfString = (s) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

function pdfContent(lines, { top = 740, x = 72, size = 11, leading = 16 } = {}) {
  return Buffer.from(lines.map((line, i) => `BT /F1 ${size} Tf ${x} ${top - i * leading} Td ${pdfString(line)} Tj ET\n`).join(''), 'latin1');
}

/** pages: [{ content: Buffer, filter?: 'FlateDecode' }]; trailer: extra trailer entries. */
function pdfDocument(pages, { mediaBox = [0, 0, 612, 792], trailer = '' } = {}) {
  const objects = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((p, i) => {
    objects[4 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox.join(' ')}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`;
    objects[5 + 2 * i] = Buffer.concat([
      Buffer.from(`<< /Length ${p.content.length}${p.filter ? ` /Filter /${p.filter}` : ''} >>\nstream\n`, 'latin1'),
      p.content,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  });
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let at = parts[0].length;
  const offsets = [];
  for (let n = 1; n < objects.length; n++) {
    const body = Buffer.isBuffer(objects[n]) ? objects[n] : Buffer.from(objects[n], 'latin1');
    const obj = Buffer.concat([Buffer.from(`${n} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets[n] = at;
    parts.push(obj);
    at += obj.length;
  }
  const xref = [`xref\n0 ${objects.length}\n0000000000 65535 f \n`, ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length} /Root 1 0 R${trailer ? ` ${trailer}` : ''} >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const PDF_LINES = [
  'Children Looked After Policy',
  'Oakfield Primary School',
  'We follow Keeping Children Safe in Education 2019 in all our work.',
  'The designated teacher for children looked after is named below.',
  'Designated teacher: ......',
  'Review date: June 2020',
];

// ---------------------------------------------------------------------------------------------------
// The corpus.

/**
 * One case of the manifest:
 *   id, path (relative to the corpus, as Node lists it: a name that is not UTF-8 has U+FFFD in it),
 *   match (a regular expression a result's path may match instead, when the path cannot be known),
 *   type ('file' | 'symlink' | 'fifo' | 'dir'), bytes (on disk), inflates (bytes it claims or expands to),
 *   expect: 'fatal' (exactly one fatal finding, its message matching `message`), 'linted' (read and
 *   checked: no fatal finding; `rule`, when set, among the findings), or 'either' (linted, or one fatal
 *   finding matching `message`: a budget may stop it); never an internal error.
 *   noMojibake: the output for it has no U+FFFD and no UTF-8 read as Windows-1252 ("â€").
 *   why: what it is; waitsFor: the part of issue 15 it exercises; skipped: why it is not there.
 */
export async function generateCorpus(dir, { small = false } = {}) {
  const corpus = join(dir, 'corpus');
  const outside = join(dir, 'outside');
  mkdirSync(corpus, { recursive: true });
  mkdirSync(outside, { recursive: true });
  const cases = [];
  const add = (c) => {
    cases.push({ type: 'file', ...c });
    return c;
  };
  const file = (path, data, c) => {
    const full = join(corpus, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, data);
    return add({ path, bytes: Buffer.byteLength(data), ...c });
  };
  const seeds = seedText();
  const bombMb = small ? 256 : 1024;

  // Empty, blank, binary.
  file('empty.md', '', { expect: 'fatal', message: 'empty \\(0 bytes\\)', why: 'an empty file' });
  file('whitespace.md', '  \n\t\n   \r\n\n', { expect: 'fatal', message: 'empty .*only whitespace', why: 'only spaces, tabs and line breaks' });
  file('random-bytes.md', randomBytes(64 * 1024), { expect: 'fatal', message: 'binary file', why: '64 KB of random bytes named .md' });

  // Controls: the generated formats are readable when intact (so the damaged ones below are damaged).
  file('control.md', policy('Children Looked After Policy'), { expect: 'linted', rule: 'kcsie-current', why: 'control: a plain policy' });
  const docx = zipArchive(docxParts());
  file('control.docx', docx, { expect: 'linted', rule: 'kcsie-current', why: 'control: a minimal Word policy written by this script' });
  const pdf = pdfDocument([{ content: zlib.deflateSync(pdfContent(PDF_LINES)), filter: 'FlateDecode' }]);
  file('control.pdf', pdf, { expect: 'linted', rule: 'kcsie-current', why: 'control: a one-page PDF policy written by this script' });

  // Damaged Word and PDF.
  file('truncated.docx', docx.subarray(0, Math.floor(docx.length * 0.6)), {
    expect: 'fatal',
    message: 'not a readable \\.docx|damaged|truncated',
    why: 'the control .docx cut at 60% (no central directory)',
  });
  file('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.4)), {
    expect: 'fatal',
    message: 'PDF|text layer',
    why: 'the control PDF cut at 40% (inside its compressed page stream)',
  });
  file('garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'), randomBytes(32 * 1024, 7)]), {
    expect: 'fatal',
    message: 'PDF',
    why: 'a PDF header and a catalog, then 32 KB of random bytes, no cross-reference table',
  });
  const hex = (seed) => randomBytes(32, seed).toString('hex');
  file('encrypted-looking.pdf', pdfDocument([{ content: pdfContent(PDF_LINES) }], { trailer: `/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O <${hex(1)}> /U <${hex(2)}> /P -3904 >> /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>]` }), {
    expect: 'fatal',
    message: 'PDF|password',
    why: 'a PDF whose trailer names a standard security handler with made-up keys (an empty password does not open it)',
  });

  // Word bombs.
  const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`;
  const xmlTail = '</w:t></w:r></w:p></w:body></w:document>';
  const docBomb = await deflateRepeated({ prefix: xmlHead, fill: 0x61, megabytes: bombMb, suffix: xmlTail, raw: true });
  const docBombZip = zipArchive(docxParts({ document: { name: 'word/document.xml', deflated: docBomb } }));
  file('zip-bomb.docx', docBombZip, {
    inflates: docBomb.size,
    expect: 'fatal',
    message: 'zip bomb|unpack|limit',
    why: `word/document.xml deflated from ${bombMb} MB of one letter (declared honestly)`,
    waitsFor: 'docx decompression caps',
  });
  const stylesHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><!--`;
  const stylesBomb = await deflateRepeated({ prefix: stylesHead, fill: 0x20, megabytes: bombMb, suffix: '--></w:styles>', raw: true });
  const lyingZip = zipArchive(docxParts({ styles: { name: 'word/styles.xml', deflated: stylesBomb, declaredSize: 2048 } }));
  file('lying-styles.docx', lyingZip, {
    inflates: stylesBomb.size,
    expect: 'fatal',
    message: 'zip bomb|unpack|declare|limit',
    why: `word/styles.xml declares 2 KB and inflates to ${bombMb} MB`,
    waitsFor: 'docx decompression caps',
  });
  const manyParts = docxParts();
  for (let i = 0; i < 20_000; i++) manyParts.push({ name: `customXml/item${i}.xml`, data: '<a/>', store: true });
  file('20000-parts.docx', zipArchive(manyParts), { expect: 'fatal', message: 'parts', why: 'a valid Word document with 20,000 extra parts', waitsFor: 'docx decompression caps' });

  // PDF bombs.
  const pageHead = `${pdfContent(PDF_LINES).toString('latin1')}% `;
  const pageBomb = await deflateRepeated({ prefix: pageHead, fill: 0x20, megabytes: bombMb, suffix: '\n', raw: false });
  file('deflate-bomb.pdf', pdfDocument([{ content: pageBomb.bytes, filter: 'FlateDecode' }]), {
    inflates: pageBomb.size,
    expect: 'fatal',
    message: 'limit|bomb|too (large|much|big)|unpack|inflat|decompress|memory|time|budget',
    why: `one page whose content stream inflates to ${bombMb} MB (its text, then spaces in a comment)`,
    waitsFor: 'pdf decompression caps, or the per-file memory/time budget',
  });
  const manyPages = [];
  for (let i = 1; i <= 2000; i++) manyPages.push({ content: pdfContent([`Page ${i}: children looked after, Keeping Children Safe in Education.`], { top: 50, x: 10, size: 6 }) });
  file('2000-pages.pdf', pdfDocument(manyPages, { mediaBox: [0, 0, 300, 100] }), { expect: 'fatal', message: 'pages', why: '2,000 small pages with a line of text each' });

  // Size.
  const bigTarget = (small ? 4 : 45) * MB;
  {
    const full = join(corpus, 'big-seeds.md');
    const fd = openSync(full, 'w');
    const chunk = Buffer.from(`${seeds}\n\n`);
    let written = 0;
    while (written + chunk.length <= bigTarget) written += writeSync(fd, chunk);
    closeSync(fd);
    add({
      path: 'big-seeds.md',
      bytes: written,
      expect: 'either',
      message: 'took longer|memory|budget|limit|too (large|long|much)|more (?:[^.]* )?than the [\\d.,]+',
      why: `${(written / MB).toFixed(1)} MB of the seed policies concatenated: under the 50 MB cap${small ? ' (small variant)' : ''}`,
      waitsFor: 'the per-file time/memory budget (or speed)',
    });
  }
  {
    const full = join(corpus, 'over-cap.txt');
    const size = 60 * MB;
    const fd = openSync(full, 'w');
    const chunk = Buffer.from(`${seeds}\n\n`);
    if (small) {
      writeSync(fd, chunk);
      closeSync(fd);
      truncateSync(full, size); // sparse: the cap is judged on the size; the text is never read
    } else {
      let written = 0;
      while (written < size) written += writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
      closeSync(fd);
    }
    add({ path: 'over-cap.txt', bytes: size, expect: 'fatal', message: 'limit', why: `60 MB of text, over the 50 MB input cap${small ? ' (sparse: text, then zeros)' : ''}` });
  }

  // Nesting.
  const lines = (n, f) => Array.from({ length: n }, (_, i) => f(i + 1)).join('\n') + '\n';
  // A guard that stops it first is as good: a limit's message ("more … than the N …": the text-size cap,
  // the cap on openers in one paragraph) or the time budget.
  const SIZE = 'more (?:[^.]* )?than the [\\d.,]+';
  const NEST = `deep|nest|indent|took longer|budget|${SIZE}`;
  const steps = small ? 700 : 3000;
  const stepsText = steps.toLocaleString('en-GB');
  file('staircase-quotes.md', `# Looked after children policy\n\n${lines(steps, (i) => `${'>'.repeat(i)} Level ${i} of the policy.`)}`, {
    expect: 'fatal',
    message: NEST,
    why: `${stepsText} lines, each quoted one level deeper (>>>…)`,
  });
  file('staircase-quotes-spaced.md', `# Looked after children policy\n\n${lines(steps, (i) => `${'> '.repeat(i)}Level ${i} of the policy.`)}`, {
    expect: 'fatal',
    message: NEST,
    why: `${stepsText} lines, each quoted one level deeper (> > > …)`,
  });
  file('staircase-bullets.md', `# Looked after children policy\n\n${lines(steps, (i) => `${'  '.repeat(i - 1)}- Level ${i} of the policy.`)}`, {
    expect: 'fatal',
    message: NEST,
    why: `${stepsText} bullets, each indented one level deeper (two spaces)`,
  });
  file('staircase-numbers.md', `# Looked after children policy\n\n${lines(steps, (i) => `${'   '.repeat(i - 1)}1. Level ${i} of the policy.`)}`, {
    expect: 'fatal',
    message: NEST,
    why: `${stepsText} numbered items, each indented one level deeper (three spaces)`,
  });
  const listDepth = small ? 2_000 : 10_000;
  file(`nested-lists-${listDepth}.md`, `# Looked after children policy\n\n${'- '.repeat(listDepth)}the innermost item\n`, {
    expect: 'either',
    message: NEST,
    why: `lists nested ${listDepth.toLocaleString('en-GB')} deep on one line (- - - … item)${small ? ' (small variant: 10,000 in npm run hostile)' : ''}`,
    waitsFor: 'a depth cap that counts list markers on one line, or the per-file time budget',
  });
  file('nested-quotes-10000.md', `# Looked after children policy\n\n${'> '.repeat(10_000)}the innermost quotation\n`, {
    expect: 'fatal',
    message: NEST,
    why: 'quotations nested 10,000 deep on one line',
  });

  // Pathological inline Markdown (quadratic in a naive parser).
  const INLINE = `inline|took longer|budget|limit|too (long|much|many)|${SIZE}`;
  const runs = small ? 1000 : 3000;
  file('backtick-runs.md', `# Looked after children policy\n\n${Array.from({ length: runs }, (_, i) => `${'`'.repeat(i + 1)}x`).join(' ')}\n`, {
    expect: 'either',
    message: INLINE,
    why: `${runs.toLocaleString('en-GB')} unclosed backtick runs of lengths 1…${runs.toLocaleString('en-GB')} in one paragraph`,
    waitsFor: 'the guard against quadratic inline Markdown',
  });
  const k = small ? 1 : 5;
  file('open-brackets.md', `# Looked after children policy\n\n${'[a '.repeat(10_000 * k)}\n`, { expect: 'either', message: INLINE, why: `${(10_000 * k).toLocaleString('en-GB')} unclosed [ in one paragraph`, waitsFor: 'the guard against quadratic inline Markdown' });
  file('emphasis-alternating.md', `# Looked after children policy\n\n${'*a _b '.repeat(6_000 * k)}\n`, {
    expect: 'either',
    message: INLINE,
    why: `${(12_000 * k).toLocaleString('en-GB')} alternating * and _ openers in one paragraph`,
    waitsFor: 'the guard against quadratic inline Markdown',
  });
  file('link-openers.md', `# Looked after children policy\n\n${'![a]('.repeat(4_000 * k)}\n`, { expect: 'either', message: INLINE, why: `${(4_000 * k).toLocaleString('en-GB')} unclosed image-link openers`, waitsFor: 'the guard against quadratic inline Markdown' });

  // Encodings.
  file('utf16le-no-bom.md', Buffer.from(policy('Children Looked After Policy', ' (St Mary’s – £5)'), 'utf16le'), {
    expect: 'linted',
    rule: 'kcsie-current',
    noMojibake: true,
    why: 'UTF-16 little-endian with no byte-order mark',
  });
  file('windows-1252.md', Buffer.from(policy('Children Looked After Policy', ' (St Mary\x92s \x96 \xa35 for \x93trips\x94)'), 'latin1'), {
    expect: 'linted',
    rule: 'kcsie-current',
    noMojibake: true,
    why: 'Windows-1252 (curly quotes, en dash, pound sign)',
  });
  file(
    'utf8-stray-1252.md',
    Buffer.concat([
      Buffer.from('# Children Looked After Policy\n\nOakfield Primary School – the children’s café\n\nWe follow Keeping Children Safe in Education 2019 (the school', 'utf8'),
      Buffer.from([0x92]),
      Buffer.from('s copy – see the “guidance”).\n\nDesignated teacher: ......\n\nReview date: June 2020\n', 'utf8'),
    ]),
    { expect: 'linted', rule: 'kcsie-current', noMojibake: true, why: 'UTF-8 (’ – “ é) with one stray Windows-1252 apostrophe next to a finding', waitsFor: 'mixed UTF-8/Windows-1252 decoding' },
  );

  // Markup and script in the text, next to findings (so excerpts carry them).
  file(
    'markup-in-text.md',
    [
      '# Children Looked After Policy',
      '',
      'Oakfield Primary School <script>alert(1)</script>',
      '',
      'We follow Keeping Children Safe in Education 2019 <img src=x onerror="alert(2)"> and <iframe src="https://example.invalid/frame"></iframe>.',
      '',
      'Designated teacher: [click here](javascript:alert(3)) <a href="javascript:alert(4)">x</a>',
      '',
      'Review date: June 2020 ![logo](https://example.invalid/track.png) <style>body{background:url(https://example.invalid/bg.png)}</style>',
      '',
      '<svg onload="alert(5)"></svg> <object data="https://example.invalid/o"></object>',
      '',
    ].join('\n'),
    { expect: 'linted', rule: 'kcsie-current', why: '<script>, <img onerror>, javascript: links and remote images next to findings' },
  );
  file('control-chars.md', policy('Children Looked After Policy', ' \u001b[2J\u001b]0;pwned\u0007 \u0008\u0008\u0008 \u202egnp.exe\u202c \u001b]8;;https://example.invalid\u001b\\link\u001b]8;;\u001b\\ %0A::error file=x::injected'), {
    expect: 'linted',
    rule: 'kcsie-current',
    why: 'escape sequences, backspaces, a bidi override, an OSC 8 link and a fake workflow command next to a finding',
  });

  // File names.
  file(`quote"d 'name', with comma.md`, policy('Children Looked After Policy'), { expect: 'linted', rule: 'kcsie-current', why: 'quotes and a comma in the file name' });
  file('new\nline.md', policy('Children Looked After Policy'), { expect: 'linted', rule: 'kcsie-current', why: 'a newline in the file name' });
  file('ansi-\u001b[31mred\u001b[0m-\u001b]0;title\u0007.md', policy('Children Looked After Policy'), { expect: 'linted', rule: 'kcsie-current', why: 'ANSI colour and title escapes in the file name' });
  file('<b>x</b>.md', policy('Children Looked After Policy'), { expect: 'linted', rule: 'kcsie-current', why: 'HTML in the path: a folder "<b>x<" holding "b>.md"' });
  file('<img src=x onerror=alert(6)>.md', policy('Children Looked After Policy'), { expect: 'linted', rule: 'kcsie-current', why: 'an <img onerror> as the file name' });
  file('%0A::error file=evil::percent,colon.md', policy('Children Looked After Policy'), { expect: 'linted', rule: 'kcsie-current', why: '%, : and , in the file name (workflow-command escaping)' });

  // A read-only input (root may still write it: the hash check says whether anything did).
  file('read-only.md', policy('Children Looked After Policy'), { expect: 'linted', rule: 'kcsie-current', why: 'a read-only file (mode 0444)' });
  chmodSync(join(corpus, 'read-only.md'), 0o444);

  // A file name that is not UTF-8 (bytes 0xFF 0xFE): written through a Buffer path.
  const badName = Buffer.concat([Buffer.from('bad-name-', 'latin1'), Buffer.from([0xff, 0xfe]), Buffer.from('.md', 'latin1')]);
  writeFileSync(Buffer.concat([Buffer.from(`${corpus}/`), badName]), policy('Children Looked After Policy'));
  add({
    path: badName.toString('utf8'),
    pathHex: badName.toString('hex'),
    match: '^bad-name-.*\\.md$',
    bytes: Buffer.byteLength(policy('Children Looked After Policy')),
    expect: 'fatal',
    message: 'UTF-8|name|encod',
    why: 'a file name whose bytes are not UTF-8 (0xFF 0xFE)',
    waitsFor: 'non-UTF-8 file names as findings',
  });

  // Links.
  const link = (path, target, c) => {
    symlinkSync(target, join(corpus, path));
    add({ path, type: 'symlink', target, ...c });
  };
  link('loop-self.md', 'loop-self.md', { expect: 'fatal', message: 'loop', why: 'a link to itself', waitsFor: 'symlinks in a folder as findings' });
  link('loop-a.md', 'loop-b.md', { expect: 'fatal', message: 'loop', why: 'a link to loop-b.md, which links back', waitsFor: 'symlinks in a folder as findings' });
  link('loop-b.md', 'loop-a.md', { expect: 'fatal', message: 'loop', why: 'a link to loop-a.md, which links back', waitsFor: 'symlinks in a folder as findings' });
  link('dangling.md', 'no-such-policy.md', { expect: 'fatal', message: 'does not exist|dangling|missing', why: 'a link to a file that does not exist', waitsFor: 'symlinks in a folder as findings' });
  const secret = join(outside, 'secret-policy.md');
  writeFileSync(secret, policy('Children Looked After Policy', ' SECRET-CANARY-7f3a9c'));
  link('link-outside.md', relative(corpus, secret), {
    expect: 'fatal',
    message: 'outside',
    why: 'a link to a policy outside the folder (its text carries SECRET-CANARY-7f3a9c, which no output may show)',
    waitsFor: 'symlinks outside the folder as findings',
  });

  // A FIFO: never opened, or the run would wait for a writer for ever.
  const fifo = join(corpus, 'named-pipe.md');
  const made = spawnSync('mkfifo', [fifo], { encoding: 'utf8' });
  if (made.status === 0) {
    add({ path: 'named-pipe.md', type: 'fifo', expect: 'fatal', message: 'pipe|FIFO', why: 'a named pipe called .md', waitsFor: 'special files in a folder as findings' });
  } else {
    add({ path: 'named-pipe.md', type: 'fifo', skipped: `mkfifo failed: ${(made.stderr || made.error?.message || '').trim()}` });
  }

  // A folder that cannot be read (chmod 000). Root reads it anyway: then its file is linted.
  mkdirSync(join(corpus, 'locked'));
  writeFileSync(join(corpus, 'locked', 'inside.md'), policy('Children Looked After Policy'));
  chmodSync(join(corpus, 'locked'), 0o000);
  if (IS_ROOT) {
    add({
      path: 'locked/inside.md',
      type: 'file',
      expect: 'linted',
      rule: 'kcsie-current',
      why: 'a file in a folder with mode 000: this runs as root, for whom chmod 000 denies nothing, so the file is read (the unreadable-folder case is NOT exercised here)',
    });
  } else {
    add({
      path: 'locked',
      match: '^locked(/|$)',
      type: 'dir',
      expect: 'fatal',
      message: 'permission|cannot read',
      why: 'a folder with mode 000 (holding inside.md)',
      waitsFor: 'unreadable folders as findings',
    });
  }

  const manifest = {
    generated: new Date().toISOString(),
    small,
    root: IS_ROOT,
    corpus: 'corpus',
    outside: 'outside',
    secret: 'SECRET-CANARY-7f3a9c',
    date: DATE,
    cases: cases.map((c, i) => ({ id: i + 1, ...c })),
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Makes the tree removable again (the locked folder) and removes it. */
export function removeCorpus(dir) {
  const locked = join(dir, 'corpus', 'locked');
  if (existsSync(locked)) chmodSync(locked, 0o700);
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// Snapshots: every entry under a folder, by its bytes' path (names need not be UTF-8), not following
// links and never opening a FIFO: type, mode, size, mtime and the sha256 of a file's content.

export function snapshot(dir) {
  const out = new Map();
  const walk = (abs, rel) => {
    let entries;
    try {
      entries = readdirSync(abs, { encoding: 'buffer' });
    } catch (error) {
      out.set(`${rel.toString('latin1')}/`, `unlistable: ${error.code}`);
      return;
    }
    for (const name of entries) {
      const path = Buffer.concat([abs, Buffer.from('/'), name]);
      const key = rel.length ? Buffer.concat([rel, Buffer.from('/'), name]) : name;
      const info = lstatSync(path);
      const head = `${info.mode.toString(8)} ${info.size} ${info.mtimeMs}`;
      if (info.isSymbolicLink()) out.set(key.toString('latin1'), `${head} -> ${readlinkSync(path, { encoding: 'buffer' }).toString('hex')}`);
      else if (info.isFile()) out.set(key.toString('latin1'), `${head} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
      else if (info.isDirectory()) {
        out.set(`${key.toString('latin1')}/`, head);
        walk(path, key);
      } else out.set(key.toString('latin1'), head);
    }
  };
  walk(Buffer.from(resolve(dir)), Buffer.alloc(0));
  return out;
}

/** The keys whose entries differ (added, removed or changed), shown as UTF-8 (lossy). */
export function changed(before, after) {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).map((k) => Buffer.from(k, 'latin1').toString('utf8'));
}

// ---------------------------------------------------------------------------------------------------
// Judging results against the manifest (test/hostile.test.ts does the same in TypeScript).

/** The result for each case (by path, or by `match` among the results left), and the results no case claims. */
export function matchResults(manifest, results, corpusDir) {
  const rel = (r) => relative(corpusDir, r.filePath).split('\\').join('/');
  const left = new Set(results);
  const byCase = new Map();
  for (const c of manifest.cases) {
    if (c.skipped) continue;
    const hit = [...left].find((r) => rel(r) === c.path);
    if (hit) {
      byCase.set(c.id, hit);
      left.delete(hit);
    }
  }
  for (const c of manifest.cases) {
    if (c.skipped || byCase.has(c.id) || !c.match) continue;
    const re = new RegExp(c.match);
    const hit = [...left].find((r) => re.test(rel(r)));
    if (hit) {
      byCase.set(c.id, hit);
      left.delete(hit);
    }
  }
  return { byCase, extra: [...left].map(rel) };
}

/** '' when the result meets the case's expectation, else why not. */
export function judge(c, result) {
  if (!result) return 'missing from the results';
  const fatals = result.messages.filter((m) => m.fatal);
  if (fatals.some((m) => m.messageId === 'internal-error' || /internal error/i.test(m.message))) return `internal error: ${fatals[0].message}`;
  const re = c.message ? new RegExp(c.message, 'i') : undefined;
  if (c.expect === 'fatal') {
    if (fatals.length !== 1) return `expected one fatal finding, got ${fatals.length} (${result.messages.length} findings)`;
    if (re && !re.test(fatals[0].message)) return `fatal message does not match /${c.message}/i`;
    return '';
  }
  if (c.expect === 'linted') {
    if (fatals.length) return `expected it linted, got fatal: ${fatals[0].message}`;
    if (c.rule && !result.messages.some((m) => m.ruleId === c.rule)) return `expected a ${c.rule} finding`;
    return '';
  }
  if (fatals.length > 1) return `expected at most one fatal finding, got ${fatals.length}`;
  if (fatals.length === 1 && re && !re.test(fatals[0].message)) return `fatal message does not match /${c.message}/i`;
  return '';
}

/** A result's outcome in a few words. */
export function outcome(result) {
  if (!result) return '(missing)';
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) return `fatal: ${fatal.message}`;
  return `${result.messages.length} finding${result.messages.length === 1 ? '' : 's'} (${result.errorCount} err, ${result.warningCount} warn)`;
}

// ---------------------------------------------------------------------------------------------------
// Running the CLI, timed, with the peak memory of its process tree.

/** RSS in kB of `pid` and every process below it (Linux /proc; 0 elsewhere). */
function treeRssKb(pid) {
  let total = 0;
  const stack = [pid];
  const seen = new Set();
  while (stack.length) {
    const p = stack.pop();
    if (seen.has(p)) continue;
    seen.add(p);
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // gone, or no /proc
    }
  }
  return total;
}

/**
 * Runs `node [--import bench/rusage.js] bin/policy-lint.js ...args` in `cwd` with a timeout; returns
 * { code, signal, timedOut, ms, peakMb, stdout, stderr }.
 */
export async function runCli(args, { cwd, timeoutMs = 300_000 } = {}) {
  const usageFile = join(tmpdir(), `policy-lint-hostile-usage-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const argv = ['--import', pathToFileURL(join(ROOT, 'bench', 'rusage.js')).href, join(ROOT, 'bin', 'policy-lint.js'), ...args];
  const env = { ...process.env, BENCH_RUSAGE: usageFile, CI: '1' };
  delete env.TIMING;
  const start = performance.now();
  const child = spawn(process.execPath, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const out = [];
  const err = [];
  child.stdout.on('data', (c) => out.push(c));
  child.stderr.on('data', (c) => err.push(c));
  let sampledKb = 0;
  const sampler = setInterval(() => {
    sampledKb = Math.max(sampledKb, treeRssKb(child.pid));
  }, 50);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, timeoutMs);
  const [code, signal] = await once(child, 'close');
  const ms = performance.now() - start;
  clearInterval(sampler);
  clearTimeout(timer);
  let rusageKb = 0;
  if (existsSync(usageFile)) {
    rusageKb = JSON.parse(readFileSync(usageFile, 'utf8')).maxRSSKb;
    rmSync(usageFile, { force: true });
  }
  return {
    code,
    signal,
    timedOut,
    ms,
    peakMb: Math.max(rusageKb, sampledKb) / 1024,
    rusageMb: rusageKb / 1024,
    sampledMb: sampledKb / 1024,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

// ---------------------------------------------------------------------------------------------------
// The command.

/** A path or message for the table: control characters as escapes, cut to `width`. */
function shown(text, width) {
  // eslint-disable-next-line no-control-regex
  const safe = String(text).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return safe.length > width ? `${safe.slice(0, width - 1)}…` : safe;
}
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

function option(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

async function main() {
  const generateDir = option('--generate');
  if (generateDir) {
    mkdirSync(generateDir, { recursive: true });
    const manifest = await generateCorpus(resolve(generateDir), { small: process.argv.includes('--small') });
    process.stdout.write(`${join(resolve(generateDir), 'manifest.json')}: ${manifest.cases.length} cases\n`);
    return 0;
  }

  const concurrency = option('--concurrency');
  const perFile = process.argv.includes('--per-file');
  const keep = process.argv.includes('--keep');
  const tmp = mkdtempSync(join(tmpdir(), 'policy-lint-hostile-'));
  try {
    const genStart = performance.now();
    const manifest = await generateCorpus(tmp);
    const corpus = join(tmp, 'corpus');
    const before = snapshot(tmp);
    const onDisk = [...before.values()].reduce((sum, v) => sum + (v.startsWith('100') ? Number(v.split(' ')[1]) : 0), 0);
    const cases = manifest.cases;
    console.log(`policy-lint hostile corpus: ${cases.length} cases in ${tmp} (${(onDisk / MB).toFixed(0)} MB of files, generated in ${fmtMs(performance.now() - genStart)})`);
    console.log(`node ${process.version}, ${availableParallelism()} cores, running as ${IS_ROOT ? 'root (chmod 000 denies nothing: the unreadable-folder case is not exercised)' : `uid ${process.getuid?.()}`}, load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const args = ['corpus', '--format', 'json', '--date', DATE, ...(concurrency ? ['--concurrency', concurrency] : [])];
    console.log(`running: node bin/policy-lint.js ${args.join(' ')}   (concurrency: ${concurrency ?? 'default'})`);
    console.log('');

    const run = await runCli(args, { cwd: tmp });
    let results = [];
    let parseError = '';
    try {
      results = JSON.parse(run.stdout);
    } catch (error) {
      parseError = `stdout is not JSON: ${error.message}`;
    }
    const { byCase, extra } = matchResults(manifest, results, corpus);

    let alone = new Map();
    if (perFile) {
      for (const c of cases) {
        if (c.skipped) continue;
        // A name that is not UTF-8 cannot be an argument: a glob that matches it names it.
        const target = c.pathHex ? 'bad-name-*.md' : c.path;
        const one = await runCli([target, '--format', 'json', '--date', DATE, ...(concurrency ? ['--concurrency', concurrency] : [])], { cwd: corpus, timeoutMs: 120_000 });
        alone.set(c.id, one);
      }
    }

    // The table.
    const nameW = 34;
    const outW = perFile ? 62 : 78;
    console.log(`${pad('#', 3)} ${pad('file', nameW)} ${pad('expected', 8)} ${pad('outcome', outW)} ${pad('as expected', 11)}${perFile ? `${lpad('alone', 9)}${lpad('peak', 8)}` : ''}`);
    let asExpected = 0;
    const misses = [];
    for (const c of cases) {
      const result = byCase.get(c.id);
      const verdict = c.skipped ? '' : judge(c, result);
      if (!c.skipped && !verdict) asExpected++;
      if (verdict) misses.push(`#${c.id} ${shown(c.path, 60)}: ${verdict}${c.waitsFor ? ` (waits for: ${c.waitsFor})` : ''}`);
      const one = alone.get(c.id);
      const timing = one ? `${lpad(one.timedOut ? 'TIMEOUT' : fmtMs(one.ms), 9)}${lpad(`${one.peakMb.toFixed(0)} MB`, 8)}` : '';
      console.log(
        `${pad(c.id, 3)} ${pad(shown(c.path, nameW), nameW)} ${pad(c.skipped ? 'skipped' : c.expect, 8)} ${pad(shown(c.skipped ? c.skipped : outcome(result), outW), outW)} ${pad(c.skipped ? '-' : verdict ? 'NO' : 'yes', 11)}${timing}`,
      );
    }
    for (const path of extra) console.log(`    ${pad(shown(path, nameW), nameW)} (a result no case claims)`);
    console.log('');

    // The goals.
    const after = snapshot(tmp);
    const diff = changed(before, after);
    const expected = cases.filter((c) => !c.skipped);
    const missing = expected.filter((c) => !byCase.has(c.id));
    const traces = run.stderr.split('\n').filter((l) => /^ {4}at /.test(l));
    const secretShown = run.stdout.includes(manifest.secret) || run.stderr.includes(manifest.secret);
    const mark = (ok) => (ok ? 'PASS' : 'FAIL');
    const goals = [
      [`wall time under ${GOALS.wallMs / 1000} s`, run.ms < GOALS.wallMs && !run.timedOut, `${fmtMs(run.ms)}${run.timedOut ? ' (killed at the timeout)' : ''}`],
      [`peak memory under ${GOALS.peakMb} MB`, run.peakMb < GOALS.peakMb, `${run.peakMb.toFixed(0)} MB (maxRSS ${run.rusageMb.toFixed(0)} MB, /proc tree sampled ${run.sampledMb.toFixed(0)} MB)`],
      ['every input in the results', !parseError && missing.length === 0, parseError || (missing.length ? `${missing.length} missing: ${missing.map((c) => `#${c.id} ${shown(c.path, 30)}`).join(', ')}` : `${expected.length} of ${expected.length}`)],
      ['exit code 1', run.code === 1, `${run.code ?? run.signal}`],
      ['no stack trace on stderr', traces.length === 0, traces.length ? `${traces.length} "    at " lines; stderr starts: ${shown(run.stderr.slice(0, 200), 200)}` : run.stderr ? `stderr: ${shown(run.stderr.trim(), 150)}` : 'stderr empty'],
      ['no input changed', diff.length === 0, diff.length ? diff.map((d) => shown(d, 40)).join(', ') : `${before.size} entries hashed, all the same`],
    ];
    console.log(`goals (concurrency ${concurrency ?? 'default'}, ${availableParallelism()} cores):`);
    for (const [what, ok, detail] of goals) console.log(`  ${mark(ok)}  ${pad(what, 30)} ${detail}`);
    console.log(`  (info) outcomes as the manifest expects: ${asExpected} of ${expected.length}; the secret outside the folder ${secretShown ? 'APPEARS in the output' : 'never appears in the output'}`);
    for (const m of misses) console.log(`         ${m}`);
    if (perFile) console.log('  ("alone": each file linted by itself in its own process, after the batch; 120 s timeout)');
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    return goals.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    if (keep) console.log(`kept: ${tmp}`);
    else removeCorpus(tmp);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
