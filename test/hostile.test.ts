/**
 * Issue 15: "an adviser's batch is whatever schools sent: one bad file must cost one fatal finding,
 * never the batch". scripts/hostile.js generates the hostile corpus (its --small variant: the cases where
 * size is not the point are smaller, every case is there) with a manifest of what each input is and the
 * outcome expected; the CLI (dist/, built by `npm test`) is run over the folder once per output format,
 * as a user would (default concurrency), and:
 *
 * - every input appears in the results, and nothing else does (the file behind a link out of the folder
 *   is not reported, and its text is in no output); each has the outcome the manifest expects;
 * - the exit code is 1; no stack trace on stderr; no input changed (sha256, mode, size, mtime);
 * - `github` is one well-formed workflow command per finding, `csv` parses as strict RFC 4180 with a
 *   constant column count, `sarif` is SARIF 2.1.0 in shape.
 *
 * Time and memory are not asserted here: `npm run hostile` measures them. The HTML report of the same
 * batch is checked in a browser by test/browser/hostile-report.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = path.join(ROOT, 'scripts', 'hostile.js');
const CLI = path.join(ROOT, 'bin', 'policy-lint.js');
/** Per CLI run: generous, since the machine may be busy; a run that hits it is a failure of its own. */
const RUN_TIMEOUT_MS = 300_000;

interface HostileCase {
  id: number;
  path: string;
  match?: string;
  pathHex?: string;
  type: 'file' | 'symlink' | 'fifo' | 'dir';
  expect?: 'fatal' | 'linted' | 'either';
  message?: string;
  rule?: string;
  noMojibake?: boolean;
  why?: string;
  waitsFor?: string;
  skipped?: string;
}

interface HostileManifest {
  small: boolean;
  root: boolean;
  corpus: string;
  outside: string;
  secret: string;
  date: string;
  cases: HostileCase[];
}

interface JsonMessage {
  ruleId: string | null;
  messageId?: string;
  severity: 1 | 2;
  fatal?: boolean;
  message: string;
  excerpt?: string;
}

interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** Generates the corpus into a new temporary folder; returns it and the manifest. */
function generateHostile(prefix: string): { work: string; corpus: string; manifest: HostileManifest } {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const gen = spawnSync(process.execPath, [SCRIPT, '--generate', work, '--small'], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`scripts/hostile.js --generate failed (${gen.status ?? gen.signal}):\n${gen.stderr}`);
  const manifest = JSON.parse(readFileSync(path.join(work, 'manifest.json'), 'utf8')) as HostileManifest;
  return { work, corpus: path.join(work, manifest.corpus), manifest };
}

/** Removes what generateHostile made (the locked folder first made removable again). */
function removeHostile(work: string): void {
  const locked = path.join(work, 'corpus', 'locked');
  if (existsSync(locked)) chmodSync(locked, 0o700);
  rmSync(work, { recursive: true, force: true });
}

/** `node bin/policy-lint.js ...args` in `cwd`, killed (its process group) at the timeout. */
async function runPolicyLint(args: string[], cwd: string, timeoutMs = RUN_TIMEOUT_MS): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1' };
  delete env.TIMING;
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, timeoutMs);
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  return { code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Every entry under `dir` by its bytes' path, not following links, never opening a FIFO. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: Buffer, rel: Buffer): void => {
    let names: Buffer[];
    try {
      names = readdirSync(abs, { encoding: 'buffer' });
    } catch (error) {
      out.set(`${rel.toString('latin1')}/`, `unlistable: ${(error as NodeJS.ErrnoException).code}`);
      return;
    }
    for (const name of names) {
      const full = Buffer.concat([abs, Buffer.from('/'), name]);
      const key = rel.length ? Buffer.concat([rel, Buffer.from('/'), name]) : name;
      const info = lstatSync(full);
      const head = `${info.mode.toString(8)} ${info.size} ${info.mtimeMs}`;
      if (info.isSymbolicLink()) out.set(key.toString('latin1'), `${head} -> ${readlinkSync(full, { encoding: 'buffer' }).toString('hex')}`);
      else if (info.isFile()) out.set(key.toString('latin1'), `${head} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
      else if (info.isDirectory()) {
        out.set(`${key.toString('latin1')}/`, head);
        walk(full, key);
      } else out.set(key.toString('latin1'), head);
    }
  };
  walk(Buffer.from(path.resolve(dir)), Buffer.alloc(0));
  return out;
}

/** The result of each case (by its path, or its `match`), and the paths of results no case claims. */
function matchResults(manifest: HostileManifest, results: JsonResult[], corpus: string): { byCase: Map<number, JsonResult>; extra: string[] } {
  const rel = (r: JsonResult): string => path.relative(corpus, r.filePath).split(path.sep).join('/');
  const left = new Set(results);
  const byCase = new Map<number, JsonResult>();
  const claim = (c: HostileCase, test: (p: string) => boolean): void => {
    const hit = [...left].find((r) => test(rel(r)));
    if (hit) {
      byCase.set(c.id, hit);
      left.delete(hit);
    }
  };
  for (const c of manifest.cases) if (!c.skipped) claim(c, (p) => p === c.path);
  for (const c of manifest.cases) if (!c.skipped && !byCase.has(c.id) && c.match) claim(c, (p) => new RegExp(c.match as string).test(p));
  return { byCase, extra: [...left].map(rel) };
}

/** '' when the result meets the case's expectation, else why not (the same rules as scripts/hostile.js). */
function judge(c: HostileCase, result: JsonResult | undefined): string {
  if (!result) return 'missing from the results';
  const fatals = result.messages.filter((m) => m.fatal);
  const internal = fatals.find((m) => m.messageId === 'internal-error' || /internal error/i.test(m.message));
  if (internal) return `internal error: ${internal.message}`;
  const re = c.message ? new RegExp(c.message, 'i') : undefined;
  if (c.expect === 'fatal') {
    if (fatals.length !== 1) return `expected one fatal finding, got ${fatals.length} (${result.messages.map((m) => m.ruleId).join(', ')})`;
    if (re && !re.test(fatals[0].message)) return `fatal message "${fatals[0].message}" does not match /${c.message}/i`;
    return '';
  }
  if (c.expect === 'linted') {
    if (fatals.length) return `expected it linted, got fatal: ${fatals[0].message}`;
    if (c.rule && !result.messages.some((m) => m.ruleId === c.rule)) return `expected a ${c.rule} finding, got ${result.messages.map((m) => m.ruleId).join(', ') || 'none'}`;
    return '';
  }
  if (fatals.length > 1) return `expected at most one fatal finding, got ${fatals.length}`;
  if (fatals.length === 1 && re && !re.test(fatals[0].message)) return `fatal message "${fatals[0].message}" does not match /${c.message}/i`;
  return '';
}

/** A strict RFC 4180 parser (CRLF records; a field quoted or free of `"`, `,`, CR and LF). Throws at the first fault. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  const fault = (why: string): never => {
    throw new Error(`CSV: ${why} at offset ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 40), i + 40))}`);
  };
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) fault('unterminated quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else field += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') fault('a quote in an unquoted field');
          field += text[i++];
        }
      }
      row.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      }
      if (i >= text.length) fault('the last record has no CRLF');
      fault('a field not followed by a comma or CRLF');
    }
    rows.push(row);
  }
  return rows;
}

// The corpus is generated when the file is loaded, so the cases can be listed as tests.
const { work, corpus, manifest } = generateHostile('policy-lint-hostile-test-');
const before = snapshot(work);
const present = manifest.cases.filter((c) => !c.skipped);
const FORMATS = ['json', 'github', 'csv', 'sarif'] as const;
const runs: Partial<Record<(typeof FORMATS)[number], Run>> = {};
let results: JsonResult[] = [];
let byCase = new Map<number, JsonResult>();
let extra: string[] = [];
const show = (p: string): string => JSON.stringify(p);

describe('the hostile corpus (issue 15)', () => {
  beforeAll(async () => {
    for (const format of FORMATS) {
      runs[format] = await runPolicyLint([manifest.corpus, '--format', format, '--date', manifest.date], work);
    }
    results = JSON.parse((runs.json as Run).stdout) as JsonResult[];
    ({ byCase, extra } = matchResults(manifest, results, corpus));
  }, FORMATS.length * RUN_TIMEOUT_MS + 30_000);

  afterAll(() => removeHostile(work));

  it('has a case for every kind of hostile input the issue lists', () => {
    expect(manifest.cases.length).toBeGreaterThanOrEqual(45);
    const skipped = manifest.cases.filter((c) => c.skipped);
    // Only a FIFO may be skipped, where the OS cannot make one.
    expect(skipped.map((c) => c.type)).toEqual(skipped.length ? ['fifo'] : []);
  });

  it.each(FORMATS)('--format %s: finishes, exits 1, and prints no stack trace', (format) => {
    const run = runs[format] as Run;
    expect({ timedOut: run.timedOut, signal: run.signal }).toEqual({ timedOut: false, signal: null });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => /^ {4}at /.test(l))).toEqual([]);
  });

  it('every input appears in the results (none dropped)', () => {
    const missing = present.filter((c) => !byCase.has(c.id)).map((c) => `#${c.id} ${show(c.path)}: ${c.why}`);
    expect(missing).toEqual([]);
  });

  it('reports nothing the folder does not hold (a link out of it is not followed)', () => {
    expect(extra.map(show)).toEqual([]);
  });

  it('no output shows the text of the file outside the folder', () => {
    for (const format of FORMATS) {
      const run = runs[format] as Run;
      expect([format, run.stdout.includes(manifest.secret) || run.stderr.includes(manifest.secret)]).toEqual([format, false]);
    }
  });

  it.each(present.map((c) => [c.id, show(c.path), c.expect, c] as const))('case #%s %s: %s as expected', (_id, _path, _expect, c) => {
    const result = byCase.get(c.id);
    expect([c.why, judge(c, result)]).toEqual([c.why, '']);
    if (c.noMojibake && result) {
      const text = JSON.stringify(result.messages);
      expect(text).not.toMatch(/\uFFFD|â€|Â£|Ã/);
    }
  });

  it('no input changed (sha256, mode, size and mtime of every entry, the file outside the folder too)', () => {
    const after = snapshot(work);
    const keys = new Set([...before.keys(), ...after.keys()].filter((k) => k !== 'manifest.json'));
    const changed = [...keys].filter((k) => before.get(k) !== after.get(k)).map((k) => Buffer.from(k, 'latin1').toString('utf8'));
    expect(changed).toEqual([]);
    expect(before.size).toBeGreaterThan(present.length);
  });

  it('--format github: one well-formed workflow command per finding, with escaped properties', () => {
    const run = runs.github as Run;
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    const findings = results.reduce((n, r) => n + r.messages.length, 0);
    expect(lines).toHaveLength(findings);
    const bad: string[] = [];
    for (const line of lines) {
      const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      if (!m) {
        bad.push(`not a command: ${show(line)}`);
        continue;
      }
      const [, , props, data] = m;
      const seen = new Set<string>();
      for (const prop of props.split(',')) {
        const kv = /^(file|line|col|endLine|endColumn|title)=(.*)$/.exec(prop);
        if (!kv) {
          bad.push(`bad property ${show(prop)} in ${show(line)}`);
          continue;
        }
        const [, key, value] = kv;
        if (seen.has(key)) bad.push(`repeated ${key} in ${show(line)}`);
        seen.add(key);
        if (/%(?![0-9A-F]{2})/.test(value)) bad.push(`unescaped % in ${key} of ${show(line)}`);
        if (['line', 'col', 'endLine', 'endColumn'].includes(key) && !/^[1-9]\d*$/.test(value)) bad.push(`${key} is not a positive number in ${show(line)}`);
      }
      if (!seen.has('file')) bad.push(`no file in ${show(line)}`);
      if (/%(?![0-9A-F]{2})/.test(data)) bad.push(`unescaped % in the message of ${show(line)}`);
      // The runner's log is a terminal: no control character, no bidirectional override, reaches it.
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(line)) bad.push(`a control character in ${show(line)}`);
    }
    expect(bad).toEqual([]);
  });

  it('--format csv: strict RFC 4180, the same number of columns in every row, a row per finding', () => {
    const text = (runs.csv as Run).stdout;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const [header, ...body] = rows;
    expect(header[0]).toBe('file');
    const widths = new Set(rows.map((r) => r.length));
    expect([...widths]).toEqual([header.length]);
    expect(body).toHaveLength(results.reduce((n, r) => n + r.messages.length, 0));
    // No cell from a policy can start a formula.
    const col = (name: string): number => header.indexOf(name);
    const formulas = body.flatMap((r) => [r[col('file')], r[col('message')], r[col('excerpt')], r[col('school')]]).filter((cell) => /^[=+\-@\t\r]/.test(cell ?? ''));
    expect(formulas).toEqual([]);
  });

  it('--format sarif: SARIF 2.1.0, a result per finding with a location, a notification per fatal finding', () => {
    const sarif = JSON.parse((runs.sarif as Run).stdout) as {
      version: string;
      $schema?: string;
      runs: Array<{
        tool: { driver: { name: string } };
        results: Array<{ ruleId: string; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
        invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ message: { text: string }; locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
      }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver.name).toBe('policy-lint');
    const all = results.flatMap((r) => r.messages);
    expect(sarifRun.results).toHaveLength(all.filter((m) => !m.fatal).length);
    const notifications = sarifRun.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notifications).toHaveLength(all.filter((m) => m.fatal).length);
    const uris: string[] = [];
    for (const r of sarifRun.results) {
      expect(typeof r.ruleId).toBe('string');
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(typeof r.message.text).toBe('string');
      expect(r.locations.length).toBeGreaterThanOrEqual(1);
      uris.push(r.locations[0].physicalLocation.artifactLocation.uri);
    }
    for (const n of notifications) uris.push(n.locations?.[0]?.physicalLocation.artifactLocation.uri ?? '');
    // Each a valid URI reference (RFC 3986 characters only: a newline, a quote, a space or <b> encoded).
    expect(uris.filter((u) => !/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(u))).toEqual([]);
    // ... that decodes to a file of the results.
    const files = new Set(results.map((r) => path.relative(work, r.filePath).split(path.sep).join('/')));
    expect(uris.map((u) => u.split('/').map(decodeURIComponent).join('/')).filter((p) => !files.has(p))).toEqual([]);
  });
});
