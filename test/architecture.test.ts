/**
 * The shape of the code, kept by a test: data flows one way (load -> parse -> model -> rules ->
 * formatters), so the import graph of src/ and rules/ has no circle, and the layers below do not import
 * the layers above. Type-only imports count: a circle of types is still a circle for a reader.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import fg from 'fast-glob';
import { ROOT } from './helpers/lint.js';

/** File (relative to the repository, with /) -> the project files it imports or re-exports from. */
function importGraph(): Map<string, string[]> {
  const files = fg.sync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: ROOT }).sort();
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = new Set<string>();
    // Static imports and re-exports (`import type` too); dynamic import('…') as well.
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), m[1] ?? m[2])).replace(/\\/g, '/').replace(/\.js$/, '.ts');
      if (known.has(target)) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The strongly connected components of more than one file (Tarjan), and files that import themselves. */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('architecture', () => {
  const graph = importGraph();

  it('reads the graph (a sanity check that the pattern finds imports)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/linter.ts')).toEqual(expect.arrayContaining(['src/parse.ts']));
    expect(graph.get('src/model/dates.ts')).toEqual(expect.arrayContaining(['src/common/days.ts']));
  });

  it('finds a circle when there is one', () => {
    const sample = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(sample)).toEqual([['a', 'b', 'c']]);
  });

  it('the import graph of src/ and rules/ has no circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('the loaders do not import the model: load -> parse -> model, never back', () => {
    for (const [file, targets] of graph) {
      if (file.startsWith('src/load/')) expect({ file, targets: targets.filter((t) => t.startsWith('src/model/')) }).toEqual({ file, targets: [] });
    }
  });

  it('no source file is over 500 lines (guidance data aside): a longer one has seams to split along', () => {
    const long = [...graph.keys()]
      .filter((file) => !file.startsWith('src/guidance/documents/') && file !== 'src/guidance/data.ts')
      .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 500);
    expect(long).toEqual([]);
  });

  it('the leaves (src/common, src/results.ts) import nothing of the project', () => {
    for (const [file, targets] of graph) {
      if (file.startsWith('src/common/') || file === 'src/results.ts') expect({ file, targets }).toEqual({ file, targets: [] });
    }
  });

  it('a built-in rule imports policy-lint only through the public rule kit (as a plugin rule must)', () => {
    for (const [file, targets] of graph) {
      if (!file.startsWith('rules/')) continue;
      expect({ file, targets: targets.filter((t) => t.startsWith('src/') && t !== 'src/kit/index.ts') }).toEqual({ file, targets: [] });
    }
  });

  it('nothing outside rules/ names a built-in rule in its code: the rule owns its messages, advice and title', () => {
    const ids = fg.sync('rules/*.ts', { cwd: ROOT }).map((f) => f.replace(/^rules\/|\.ts$/g, '')).filter((id) => id !== 'index');
    expect(ids.length).toBeGreaterThanOrEqual(6);
    // The CLI's --help and `--init`'s template show how to configure a rule, by example: words for a reader, not logic.
    const examples = new Set(['src/cli.ts', 'src/configfile/init.ts']);
    const named: string[] = [];
    for (const file of fg.sync('src/**/*.{ts,js}', { cwd: ROOT })) {
      if (examples.has(file)) continue;
      const code = stripComments(readFileSync(join(ROOT, file), 'utf8'));
      for (const id of ids) if (new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(code)) named.push(`${file}: ${id}`);
    }
    expect(named).toEqual([]);
  });
});

/** The code without its comments (block and line comments; a // inside a string such as a URL is kept). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}
