import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtinFormatterNames, builtinFormatters, loadFormatter } from '../../src/formatters/index.js';
import { ALL, context } from './fixtures.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'policy-lint-formatters-'));
  writeFileSync(
    path.join(dir, 'count.mjs'),
    'export default function count(results, context) { return `files=${results.length} asOf=${context.asOf}`; }\n',
  );
  writeFileSync(path.join(dir, 'names.cjs'), 'module.exports = (results) => results.map((r) => r.filePath).join(",");\n');
  writeFileSync(path.join(dir, 'not-a-function.mjs'), 'export default 42;\n');
  writeFileSync(path.join(dir, 'broken.mjs'), 'export default (;\n');
  writeFileSync(path.join(dir, 'async.mjs'), 'export default async () => "late";\n');
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'nested.mjs'), 'export default () => "nested";\n');

  // A CommonJS package found by its prefixed name, and an ESM-only package (exports has no require).
  const cjs = path.join(dir, 'node_modules', 'policy-lint-formatter-tally');
  mkdirSync(cjs, { recursive: true });
  writeFileSync(path.join(cjs, 'package.json'), JSON.stringify({ name: 'policy-lint-formatter-tally', main: 'lib/main.js' }));
  mkdirSync(path.join(cjs, 'lib'));
  writeFileSync(path.join(cjs, 'lib', 'main.js'), 'module.exports = (results) => "tally " + results.reduce((n, r) => n + r.messages.length, 0);\n');
  const esm = path.join(dir, 'node_modules', '@school', 'esm-formatter');
  mkdirSync(esm, { recursive: true });
  writeFileSync(
    path.join(esm, 'package.json'),
    JSON.stringify({ name: '@school/esm-formatter', type: 'module', exports: { '.': { import: './index.js' } } }),
  );
  writeFileSync(path.join(esm, 'index.js'), 'export default (results) => `esm ${results.length}`;\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadFormatter', () => {
  it('returns each built-in by name: the same function the API exports', async () => {
    expect([...builtinFormatterNames]).toEqual(Object.keys(builtinFormatters));
    for (const name of builtinFormatterNames) {
      expect(await loadFormatter(name, dir)).toBe(builtinFormatters[name]);
    }
  });

  it('loads a module by a path relative to cwd (ESM default export, or module.exports)', async () => {
    expect((await loadFormatter('./count.mjs', dir))(ALL, context())).toBe('files=5 asOf=2026-11-23');
    expect((await loadFormatter('names.cjs', dir))(ALL.slice(0, 1), context())).toBe(ALL[0].filePath);
    expect((await loadFormatter('sub/nested.mjs', dir))([], context())).toBe('nested');
    expect((await loadFormatter(path.join(dir, 'count.mjs'), '/'))([], context())).toBe('files=0 asOf=2026-11-23');
  });

  it('loads a package from cwd, by name or with the policy-lint-formatter- prefix', async () => {
    expect((await loadFormatter('policy-lint-formatter-tally', dir))(ALL, context())).toBe('tally 5');
    expect((await loadFormatter('tally', dir))(ALL, context())).toBe('tally 5');
    expect((await loadFormatter('@school/esm-formatter', dir))(ALL, context())).toBe('esm 5');
  });

  it('gives a clear error for a name that is nothing', async () => {
    const error = await loadFormatter('no-such-formatter', dir).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Cannot find formatter "no-such-formatter"/);
    expect((error as Error).message).toContain('not a built-in formatter (stylish, json,');
    expect((error as Error).message).toContain('the package "no-such-formatter"');
    expect((error as Error).message).toContain('the package "policy-lint-formatter-no-such-formatter"');
  });

  it('gives a clear error for a missing path, naming the file tried', async () => {
    await expect(loadFormatter('./missing.js', dir)).rejects.toThrow(
      `Cannot find formatter "./missing.js": it is not a built-in formatter (${Object.keys(builtinFormatters).join(', ')}), and the file ${path.join(dir, 'missing.js')} could not be found`,
    );
  });

  it('rejects a module that exports no function, or does not load', async () => {
    await expect(loadFormatter('./not-a-function.mjs', dir)).rejects.toThrow(/Formatter ".\/not-a-function.mjs" \(.*not-a-function\.mjs\) does not export a function/);
    await expect(loadFormatter('./broken.mjs', dir)).rejects.toThrow(/Formatter ".\/broken.mjs" \(.*broken\.mjs\) could not be loaded/);
  });

  it('says so when a formatter returns a Promise', async () => {
    const format = await loadFormatter('./async.mjs', dir);
    expect(() => format([], context())).toThrow(/returned a Promise/);
  });
});
