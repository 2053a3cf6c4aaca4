import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import otherSchoolName from '../../rules/other-school-name.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed, lintWith, SEEDS } from '../helpers/lint.js';

const RULE = 'other-school-name';
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

describe('other-school-name on the seeds', () => {
  it.each(['edwinstree-middle.md', 'hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'bushey-st-james-trust.md', 'windermere-primary.md'])(
    '%s speaks only of its own school (the Virtual School and a trust’s schools are no other school)',
    async (file) => {
      expect(await lintSeed(file, RULE)).toEqual([]);
    },
  );

  it('reports Windermere’s policy copied to Edwinstree without changing the name in its opening sentence', () => {
    const text = seed('windermere-primary.md').replace('At **Windermere Primary School** we will ensure', 'At **Edwinstree Middle School** we will ensure');
    const messages = lintWith(RULE, text);
    expect(messages.map((m) => [m.line, m.column])).toEqual([[57, 6]]);
    expect(messages[0].message).toBe(
      'The policy speaks of "Edwinstree Middle School" as its own school, but it is the policy of Windermere Primary School: is this text copied from another school\'s policy?',
    );
  });

  it('reads the same school in other words as the same (Hartsfield JMI School and "At Hartsfield School")', () => {
    expect(lintWith(RULE, seed('hartsfield-jmi.md'))).toEqual([]);
    const copied = seed('hartsfield-jmi.md').replace('At Hartsfield School, we will ensure', 'At Little Reddings Primary School, we will ensure');
    expect(lintWith(RULE, copied).map((m) => m.line)).toEqual([58]);
  });

  it('stays quiet in a trust’s policy, whatever it says of its schools', () => {
    const text = seed('bushey-st-james-trust.md').replace('In the Bushey St James Trust (BSJT) we will ensure', 'At Bushey Meads School we will ensure');
    expect(lintWith(RULE, text)).toEqual([]);
  });
});

const oak = (body: string) => `# Oak Primary School\n\n## Behaviour Policy\n\n${body}\n`;

new RuleTester({ date: '2026-11-23' }).run(RULE, otherSchoolName, {
  valid: [
    oak('At Oak Primary School we believe every child can behave well.'),
    // The same school in other words, or misspelt.
    oak('At Oak Primry School we believe every child can behave well.'),
    oak('Oak Infant School is committed to safeguarding every pupil.'),
    '# Westgate Primary School\n\n## Policy\n\nAt Westgtae Primary School we believe every child can behave well.\n',
    '# Leigh Sacred Heart Catholic Primary School\n\n## Policy\n\nSacred Heart Catholic Primary School, Leigh is committed to its pupils.\n',
    '# Co-op Academy Woodlands\n\n## Policy\n\nAt Co-op Academy Woodlands we believe.\n',
    // No name: generic phrases, the local authority, the Virtual School, a trust.
    oak('We ask the child\u2019s previous school for records. A maintained school must publish its policy.'),
    oak('The Hertfordshire Virtual School supports our children. Oak Trust and Kent County Council help.'),
    oak('Forest School sessions run on Fridays. The Summer School is open to all.'),
    // Named on purpose.
    oak('Most pupils transfer to Elm Academy at eleven. Elm Academy is our main feeder secondary.'),
    oak('Oak Primary School and Elm Primary School work together in a federation.'),
    oak('Staff at Elm Academy will support the transition of our Year 6 pupils.'),
    // Not where the policy speaks of itself, or part of a longer title.
    oak('Pupils are taught to swim at Elm Academy.'),
    oak('The Elm School Improvement Plan sets targets.'),
    // A trust's or several schools' policy, or no school to compare with.
    '# Elm Academy Trust\n\n## Behaviour Policy\n\nAt Ash Primary School we believe every child can behave well.\n',
    oak('All of our schools follow this policy. At Ash Primary School we believe every child can behave well.'),
    '# Behaviour Policy\n\nAt Ash Primary School we believe every child can behave well.\n',
  ],
  invalid: [
    { code: oak('At Elm Primary School we believe every child can behave well.'), errors: [{ messageId: 'other-school', line: 5, column: 4, data: { name: 'Elm Primary School', school: 'Oak Primary School' } }] },
    { code: oak('Elm Primary School is committed to safeguarding every pupil.'), errors: [{ line: 5, column: 1, excerpt: /Elm Primary School/ }] },
    { code: oak('The governing body of St Mary\u2019s C of E Primary School recognises its duty.'), errors: [{ data: { name: 'St Mary\u2019s C of E Primary School' } }] },
    { code: oak('Elm Academy\u2019s approach to behaviour is restorative.'), errors: [{ data: { name: 'Elm Academy' } }] },
    { code: oak('All staff at Elm Primary School are trained every year.'), errors: 1 },
    { code: oak('This policy applies to our school, Elm Primary School, and its nursery.'), errors: 1 },
    // Every place is reported, each at the name.
    {
      code: oak('At Elm Primary School we value every child.\n\nElm Primary School will review this policy every year.'),
      errors: [
        { line: 5, column: 4 },
        { line: 7, column: 1 },
      ],
    },
  ],
});
