/** Policy kinds: what kind of policy a document is, how rules use it, and how configuration sets it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from '../src/linter.js';
import { classifyPolicy, kindsInTitle, POLICY_KINDS } from '../src/model/kind.js';
import { flatten } from '../src/model/blocks.js';
import { parseMarkdown } from '../src/parse.js';
import { loadString } from '../src/load/index.js';
import type { RuleModule } from '../src/types.js';
import { AS_OF, SEEDS } from './helpers/lint.js';
import { lintJson, project } from './config/helpers.js';

function classify(text: string, filePath = 'p.md') {
  const doc = loadString(text, filePath);
  return classifyPolicy(flatten(parseMarkdown(doc.markdown), doc.markdown).blocks);
}

describe('the kind from the title', () => {
  it.each([
    ['Children Looked After Policy', ['looked-after']],
    ['Policy for the Education of Looked After and Previously Looked After Children', ['looked-after']],
    ['Children in Care Policy', ['looked-after']],
    ['Cared for Children (CfC) Policy', ['looked-after']],
    ['The Education of Young People in Public Care', ['looked-after']],
    ['Designated Teacher Policy', ['designated-teacher']],
    ['Policy for children with a social worker', ['social-worker']],
    ['Kinship Care Policy', ['kinship-care']],
    ['Safeguarding and Child Protection Policy', ['safeguarding']],
    ['Behaviour and Exclusions Policy', ['behaviour', 'exclusion']],
    ['Suspension and Permanent Exclusion Policy', ['exclusion']],
    ['Alternative Provision Policy', ['alternative-provision']],
    ['Attendance Policy 2025-26', ['attendance']],
    ['Special Educational Needs and Disability (SEND) Policy', ['send']],
    ['Anti-Bullying Policy', ['behaviour']],
  ])('"%s" is %j', (title, kinds) => {
    expect(kindsInTitle(title)).toEqual(kinds);
  });

  it('reads acronyms with their case only ("we will send" is not SEND, "Clarendon" not CLA)', () => {
    expect(kindsInTitle('How we will send letters home')).toEqual([]);
    expect(kindsInTitle('Clarendon Primary School')).toEqual([]);
    expect(kindsInTitle('LAC Policy')).toEqual(['looked-after']);
  });

  it('does not take the policies a title points to for its own kind', () => {
    const k = classify('Children Looked After Policy See also: Child Protection Policy, Behaviour Policy, Attendance Policy\n\nThe school supports its looked after children.\n', 'p.txt');
    expect(k).toMatchObject({ kind: 'looked-after', kinds: ['looked-after'] });
    const sg = classify('Safeguarding Policy. Read in conjunction with the Looked After Children Policy\n\nAll staff must report concerns.\n', 'p.txt');
    expect(sg.kinds).toEqual(['safeguarding']);
  });

  it('takes the line that calls itself a policy over a strapline above it', () => {
    const k = classify('Safeguarding children is everyone\u2019s responsibility\n\nKey contacts\n\nOakfield Nursery School Looked After Children Policy 2016\n\nThe governing body is committed to the education of looked after children.\n', 'p.txt');
    expect(k).toMatchObject({ kind: 'looked-after', source: 'title' });
    expect(k.evidence).toMatch(/Looked After Children Policy 2016/);
  });

  it('classifies every seed as a policy about children with a social worker or looked after', () => {
    for (const seed of ['bushey-st-james-trust.md', 'edwinstree-middle.md', 'hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'windermere-primary.md']) {
      const k = classify(readFileSync(join(SEEDS, seed), 'utf8'), seed);
      expect([seed, k.kinds.some((x) => ['looked-after', 'social-worker'].includes(x))]).toEqual([seed, true]);
    }
  });
});

describe('a titled policy of another kind', () => {
  it('is "other", however often it speaks of looked-after children', () => {
    const text = '# Pupil Premium Policy\n\n' + 'Looked after children and previously looked after children attract pupil premium plus, managed with the virtual school head and the designated teacher. '.repeat(4);
    expect(classify(text)).toMatchObject({ kind: 'other', source: 'title' });
  });

  it('but a title that names no topic ("General Policy Statement") leaves it to the vocabulary', () => {
    const text = 'General Policy Statement\n\n' + 'Looked after children and previously looked after children are supported by the virtual school and the designated teacher. '.repeat(4);
    expect(classify(text, 'p.txt')).toMatchObject({ kind: 'looked-after', source: 'vocabulary' });
  });
});

describe('the kind from the vocabulary', () => {
  it('decides when one kind clearly leads', () => {
    const text = 'Our approach\n\n' + 'Pupils with poor attendance are contacted on the first day of absence; persistent absence and lateness are followed up. '.repeat(3);
    expect(classify(text)).toMatchObject({ kind: 'attendance', source: 'vocabulary' });
  });

  it('is unknown when no kind leads: rules then report no absence', () => {
    const text = 'Notes\n\nWe discussed safeguarding, abuse and neglect. We discussed behaviour, rewards and sanctions. We discussed the looked after children and the virtual school.\n';
    expect(classify(text)).toMatchObject({ kind: 'unknown', kinds: [], source: 'none' });
  });
});

describe('rules and kinds', () => {
  const seen: string[] = [];
  const probe: RuleModule = {
    meta: { id: 'probe/required', description: 'probe', docs: '', defaultSeverity: 'error', fixable: false, requiredIn: ['looked-after'], kinds: ['looked-after', 'safeguarding'] },
    check(context) {
      seen.push(`${context.kind.kind}:${context.required}`);
    },
  };
  const run = (title: string, kind?: (typeof POLICY_KINDS)[number]) => {
    seen.length = 0;
    new Linter({ plugins: [probe], rules: { 'probe/required': 'error' }, date: AS_OF, kind }).lintText(`# ${title}\n\nText.\n`);
    return seen.slice();
  };

  it('a rule runs only on its kinds, and is told whether the document must have what it demands', () => {
    expect(run('Looked After Children Policy')).toEqual(['looked-after:true']);
    expect(run('Safeguarding Policy')).toEqual(['safeguarding:false']);
    expect(run('Behaviour Policy')).toEqual([]);
    expect(run('Minutes')).toEqual(['unknown:false']);
  });

  it('the Linter option `kind` overrides the text', () => {
    expect(run('Behaviour Policy', 'looked-after')).toEqual(['looked-after:true']);
  });

  it('an unknown kind is a configuration error naming the kinds', () => {
    expect(() => new Linter({ kind: 'looked-afer' as never })).toThrow(/Unknown policy kind "looked-afer" \(did you mean "looked-after"\?\); the kinds are looked-after, /);
  });

  it('every result says its kind and why', () => {
    const result = new Linter({ date: AS_OF }).lintText('# Attendance Policy\n\nPupils must attend every day.\n');
    expect(result).toMatchObject({ kind: 'attendance', kindEvidence: 'title "Attendance Policy"' });
  });
});

describe('configuration sets the kind per file or glob', () => {
  const POLICY = '# Our policy\n\nThe designated teacher promotes the achievement of looked-after children and works with the virtual school.\n\nNext review: June 2028\n';

  it('overrides[].kind applies to the files it matches, and shows in the JSON results', async () => {
    const dir = project({
      '.policylintrc.yaml': 'overrides:\n  - files: ["cla/**"]\n    kind: looked-after\n  - files: ["safeguarding/**"]\n    kind: safeguarding\n',
      'cla/a.md': POLICY,
      'safeguarding/b.md': POLICY,
    });
    const run = await lintJson(dir, ['cla', 'safeguarding']);
    expect(run.code).toBe(1);
    const byFile = Object.fromEntries(
      run.results.map((r) => {
        const json = r as unknown as { kind: string; kindEvidence: string };
        return [r.filePath.slice(dir.length + 1), [json.kind, json.kindEvidence, r.messages.map((m) => m.ruleId)]];
      }),
    );
    expect(byFile).toEqual({
      'cla/a.md': ['looked-after', 'set by configuration ("looked-after")', ['designated-teacher-named']],
      'safeguarding/b.md': ['safeguarding', 'set by configuration ("safeguarding")', []],
    });
  });

  it('a kind policy-lint does not know is a config error (exit 2) naming the kinds', async () => {
    const dir = project({ '.policylintrc.yaml': 'overrides:\n  - files: ["*.md"]\n    kind: looked-afterr\n', 'a.md': POLICY });
    const run = await lintJson(dir, ['a.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/overrides\[0\]\.kind/);
    expect(run.stderr).toMatch(/looked-after/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--kind', () => {
  const POLICY = '# Our policy\n\nThe designated teacher works with the virtual school.\n\nNext review: June 2028\n';

  it('treats every file as that kind, over the kind read from the text', async () => {
    const dir = project({ 'a.md': POLICY });
    expect((await lintJson(dir, ['a.md'])).results[0].messages).toEqual([]);
    const run = await lintJson(dir, ['a.md', '--kind', 'looked-after']);
    expect(run.results[0].messages.map((m) => [m.ruleId, m.line])).toEqual([['designated-teacher-named', 3]]);
  });

  it('an unknown kind exits 2 with the list of kinds', async () => {
    const run = await lintJson(project({ 'a.md': POLICY }), ['a.md', '--kind', 'lac']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown policy kind "lac"; the kinds are looked-after, designated-teacher/);
  });
});
