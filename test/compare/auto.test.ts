/**
 * --model auto: the model inferred from 24 generated copies of one model (each school's name, people and
 * dates filled in; some copies drop a section, reword a duty, add paragraphs of their own, keep or remove
 * the model's note) recovers the model's sections and paragraphs; --print-model prints it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inferModel } from '../../src/compare/infer.js';
import { referenceFromMarkdown } from '../../src/compare/reference.js';
import { tokenize } from '../../src/compare/tokens.js';
import { cli } from '../helpers/cli.js';
import { MODEL } from '../helpers/model-policy.js';
const SCHOOLS = ['Oakfield', 'Ashby', 'Brook', 'Castle', 'Dale', 'Elm', 'Fern', 'Glen', 'Hill', 'Ivy', 'Juniper', 'Kings', 'Lark', 'Mill', 'North', 'Orchard', 'Park', 'Quarry', 'River', 'Stone', 'Town', 'Upton', 'Vale', 'West'];
const PEOPLE = ['Jo Gant', 'Sam Patel', 'Ali Khan', 'Chris Lee', 'Pat Moss', 'Dee Rowe'];

function copyOf(i: number): string {
  const school = `${SCHOOLS[i]} Primary School`;
  return MODEL.filter((line, n) => !(n === 1 && i % 2 === 0) && !(i % 4 === 1 && n >= 8 && n <= 10))
    .map((l) => l.replace(/\[School name\]/g, school).replace('..........', `Mrs ${PEOPLE[i % PEOPLE.length]}`).replace('[date]', `${(i % 27) + 1} March 2026`))
    .map((l) => (i % 4 === 2 ? l.replace('must attend the training', 'may attend training') : l))
    .flatMap((l) => (i % 3 === 0 && l.startsWith('## 2.') ? [l, `At ${school} we also run a homework club for every child in care, on ${['Mondays', 'Tuesdays', 'Thursdays'][i % 3]}.`] : [l]))
    .join('\n\n');
}

const words = (text: string) => tokenize(text).map((t) => t.word);

function dice(a: string[], b: string[]): number {
  const bag = new Map<string, number>();
  for (const w of a) bag.set(w, (bag.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) if ((bag.get(w) ?? 0) > 0) {
    shared++;
    bag.set(w, bag.get(w)! - 1);
  }
  return a.length + b.length ? (2 * shared) / (a.length + b.length) : 1;
}

describe('--model auto', () => {
  const copies = Array.from({ length: 24 }, (_, i) => copyOf(i));

  it('recovers the model\'s sections and paragraphs from 24 copies (every one, nothing else)', () => {
    const inferred = inferModel(copies.map((c) => ({ blocks: c.split('\n\n').map((b) => ({ text: b.replace(/^#+ /, ''), heading: (/^(#+) /.exec(b)?.[1].length ?? 0) })) })));
    const reference = referenceFromMarkdown(inferred.markdown, 'inferred');
    const model = referenceFromMarkdown(MODEL.map((l) => l).join('\n\n'), 'model');
    // Agreement: each model paragraph's words against the inferred paragraph at the same place.
    const agreement = model.paragraphs.map((p, i) => dice(words(p.text), words(reference.paragraphs[i]?.text ?? '')));
    expect(reference.paragraphs).toHaveLength(model.paragraphs.length);
    expect(Math.min(...agreement)).toBeGreaterThanOrEqual(0.85);
    expect(agreement.filter((a) => a === 1).length).toBeGreaterThanOrEqual(model.paragraphs.length - 2);
    // The blanks the model has are blanks in the inferred one (each school's name, people and date).
    expect(reference.paragraphs[3].text).toBe('The designated teacher for looked-after and previously looked-after children at .......... Primary School is Mrs ..........');
    expect(reference.paragraphs[14].text).toBe('This policy was approved by the governing body on .......... and will be reviewed every year.');
    // The sections, in order: the title with a blank where each school's name was, then the five headings.
    expect(reference.sections.map((s) => s.title)).toEqual(['.......... Primary School Policy for Children Looked After', ...model.sections.slice(1).map((s) => s.title)]);
    expect(inferred).toMatchObject({ copies: 24, paragraphs: model.paragraphs.length });
  });

  it('--print-model prints it; --model auto then compares each copy with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-auto-'));
    mkdirSync(join(dir, 'copies'));
    copies.forEach((c, i) => writeFileSync(join(dir, 'copies', `${SCHOOLS[i].toLowerCase()}.md`), c));
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ rules: { 'model-text-changed': 'warn', 'model-section-missing': 'warn' } }));
    const printed = await cli(['copies', '--model', 'auto', '--print-model'], { cwd: dir });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^# \.{10} Primary School Policy for Children Looked After\n/);
    expect(printed.stderr).toMatch(/the model inferred from 24 copies: 15 paragraphs/);
    const run = await cli(['copies', '--model', 'auto', '--date', '2026-11-23', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; messageId: string }> }>;
    const of = (school: string) => results.find((r) => r.filePath.endsWith(`${school.toLowerCase()}.md`))!.messages.filter((m) => m.ruleId.startsWith('model-')).map((m) => `${m.ruleId}/${m.messageId}`);
    expect(of('Ashby')).toEqual(['model-instructions-left/left', 'model-section-missing/missing']); // i = 1: the note kept, section 3 dropped
    expect(of('Brook')).toEqual(['model-text-changed/changed']); // i = 2: "may attend"
    expect(of('Oakfield')).toEqual([]); // i = 0: the model, filled in, its own paragraph added
  });

  it('needs two readable copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-auto-'));
    writeFileSync(join(dir, 'one.md'), copies[0]);
    const run = await cli(['one.md', '--model', 'auto'], { cwd: dir });
    expect(run).toMatchObject({ code: 2 });
    expect(run.stderr).toMatch(/--model auto infers the model from the copies being linted: it needs at least two readable policies, and has 1/);
  });
});
