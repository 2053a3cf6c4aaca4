import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuleTester } from '../../src/testing.js';
import requiredTopics from '../../rules/required-topics.js';
import { lintSeed, lintWith, SEEDS } from '../helpers/lint.js';

const RULE = 'required-topics';
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

describe('required-topics on the seeds', () => {
  it.each([
    ['bushey-st-james-trust.md', 'December 2023'],
    ['hartsfield-jmi.md', 'October 2023'],
    ['hartsfield-jmi-from-pdf.txt', 'October 2023'],
  ])('%s: kinship care missing, and the policy (dated %s) predates the expectation', async (file, dated) => {
    const messages = await lintSeed(file, RULE);
    expect(messages).toEqual([expect.objectContaining({ messageId: 'missing-since', line: 1 })]);
    expect(messages[0].message).toBe(
      `The policy does not cover kinship care, expected since 1 September 2024 under the VSH role extension guidance 2023 (kinship care); the policy is dated ${dated}, before that.`,
    );
  });

  it('edwinstree-middle.md: kinship care missing, though adopted in June 2025', async () => {
    const messages = await lintSeed('edwinstree-middle.md', RULE);
    expect(messages).toEqual([expect.objectContaining({ messageId: 'missing', line: 1, column: 1 })]);
    expect(messages[0].message).toBe('The policy does not cover kinship care: no mention of "kinship" or "family and friends care" was found.');
  });

  it('windermere-primary.md (issue 13 of the model) covers every topic', async () => {
    expect(await lintSeed('windermere-primary.md', RULE)).toEqual([]);
  });

  it('before September 2024 kinship care is not yet expected', async () => {
    expect(await lintSeed('edwinstree-middle.md', RULE, '2024-08-31')).toEqual([]);
    expect(await lintSeed('bushey-st-james-trust.md', RULE, '2024-08-31')).toEqual([]);
  });

  it('Windermere without its kinship care passages is reported', () => {
    const noKinship = seed('windermere-primary.md').replace(/kinship/gi, 'foster');
    expect(lintWith(RULE, noKinship).map((m) => m.message)).toEqual([expect.stringMatching(/does not cover kinship care/)]);
  });

  it('Edwinstree reads as a looked-after policy too: each looked-after topic it lacks is one finding', () => {
    const text = seed('edwinstree-middle.md')
      .replace(/pupil premium plus|PP\+/gi, 'funding')
      .replace(/pupil premium/gi, 'funding')
      .replace(/personal education plan\w*|\b(?:e-?)?PEPs?\b/gi, 'plan');
    expect(lintWith(RULE, text).map((m) => m.message).sort()).toEqual([
      'The policy does not cover Pupil Premium Plus: no mention of "Pupil Premium Plus", "PP+", or pupil premium with looked-after children was found.',
      'The policy does not cover kinship care: no mention of "kinship" or "family and friends care" was found.',
      'The policy does not cover the personal education plan (PEP): no mention of "personal education plan" or "PEP" was found.',
    ]);
  });

  it('a policy for children with a social worker (its title says no more) is not judged on looked-after topics', () => {
    // Windermere's title is "Policy for children with a social worker": the PEP is not among that kind's topics.
    const noPep = seed('windermere-primary.md').replace(/personal education plan\w*|\b(?:e-?)?PEPs?\b/gi, 'plan');
    expect(lintWith(RULE, noPep)).toEqual([]);
  });
});

/** A looked-after children policy that covers every topic in its own words, one line a topic. */
const COVERED: Record<string, string> = {
  pep: 'Every looked-after child has a PEP, reviewed each term with the carer.',
  'pupil-premium-plus': 'We agree the use of the Pupil Premium Plus with the virtual school each year.',
  admissions: 'Looked-after and previously looked-after children have the highest priority in our admission arrangements.',
  training: 'The designated teacher attends training each year to keep up to date.',
  exclusion: 'Before any suspension of a looked-after child we ask the virtual school for advice.',
  cwsw: 'We also support children in need and those on a child protection plan.',
  kinship: 'Children in kinship care are welcome to the same support.',
};
function policy(leave: string[] = [], head = '# Children Looked After Policy\n\nApproved by governors: 10 July 2025\n\n'): string {
  return head + Object.entries(COVERED).filter(([k]) => !leave.includes(k)).map(([, line]) => `${line}\n`).join('\n');
}
const ALL = { minWords: 0 };

// The synthetic cases, with the RuleTester rule authors use (policy-lint/testing).
new RuleTester({ date: '2026-11-23' }).run(RULE, requiredTopics, {
  valid: [
    { code: policy(), options: ALL, name: 'every topic, in a policy\'s own words' },
    // Other words for the same topics.
    {
      code: policy(['pep', 'pupil-premium-plus', 'admissions', 'training']) +
        '\nEach child has a Personal Education Plan.\n\nThe LAC premium (PP+) is spent on tutoring.\n\nThe Admissions Code puts looked after children first.\n\nChildren who left care under an adoption order are supported too.\n\n## Role of the designated teacher\n\n- attend the network meetings of the virtual school\n',
      options: ALL,
      name: 'other words for the PEP, PP+, admissions and training',
    },
    {
      code: policy(['cwsw', 'admissions']) +
        '\nPupils known to children\u2019s social care get the same help.\n\nOur admissions arrangements follow the law for looked-after and previously looked-after children.\n',
      options: ALL,
      name: 'other words for children with a social worker and admissions',
    },
    // Short documents (an opening, a web page) are not judged by default.
    '# Children Looked After Policy\n\nWe care about looked-after children.\n',
    // A kind with no topics, and a document of unknown kind, are not judged.
    { code: '# Behaviour Policy\n\nPupils behave well. Sanctions are fair.\n', options: ALL },
    { code: 'Notes\n\nSome words about lunch.\n', options: ALL },
    // Before the expectation began, kinship care is not expected.
    { code: policy(['kinship']), options: ALL, date: '2024-08-31' },
    // A kind's list, replaced by the authority, expects only what it lists.
    { code: policy(['pep']), options: { minWords: 0, topics: { 'looked-after': [{ id: 'kin', title: 'kinship care', evidence: ['kinship'] }] } } },
    // A topic turned off: the list without it.
    { code: policy(['cwsw']), options: { minWords: 0, topics: { 'looked-after': [] } } },
  ],
  invalid: [
    {
      code: policy(['pep']),
      options: ALL,
      errors: [{ messageId: 'missing', line: 1, column: 1, severity: 'error', data: { topic: 'the personal education plan (PEP)' } }],
    },
    // Found together: the virtual school and exclusion in one place, the designated teacher and training.
    {
      code: policy(['exclusion', 'training']) + '\nThe virtual school is told about our attendance.\n\nWe avoid exclusions.\n\nThe designated teacher meets carers.\n',
      options: ALL,
      errors: [{ data: { topic: "the designated teacher's training" } }, { data: { topic: 'involving the virtual school before a suspension or exclusion' } }],
    },
    {
      code: policy(['admissions']),
      options: ALL,
      errors: [{ data: { topic: 'admissions priority for looked-after and previously looked-after children' } }, { data: { topic: 'previously looked-after children' } }],
    },
    // A policy dated before the expectation is still reported, with that said.
    {
      code: policy(['kinship'], '# Children Looked After Policy\n\nApproved by governors: 10 July 2023\n\n'),
      options: ALL,
      errors: [{ messageId: 'missing-since', message: /expected since 1 September 2024 .*; the policy is dated 10 July 2023, before that\./ }],
    },
    { code: policy(['kinship']), options: ALL, errors: [{ messageId: 'missing', data: { topic: 'kinship care' } }] },
    // A children-with-a-social-worker policy expects the virtual school head, the children, kinship care.
    {
      code: '# Policy for Children with a Social Worker\n\nWe support every child with a social worker.\n',
      options: ALL,
      errors: [{ data: { topic: 'the virtual school head' } }, { data: { topic: 'kinship care' } }],
    },
    // A designated teacher policy: the PEP, PP+, the virtual school, training, exclusions, PLAC (not kinship care).
    { code: '# Designated Teacher Policy\n\nThe designated teacher is Mrs A. Patel.\n', options: ALL, errors: 6 },
    // Topics added by the authority; one with the id of a default replaces it (its own evidence).
    {
      code: policy(),
      options: {
        minWords: 0,
        addTopics: {
          'looked-after': [
            { id: 'mental-health', title: 'mental health', evidence: ['mental health', ['emotional', 'well-?being']], lookedFor: '"mental health"' },
            { id: 'pep', title: 'the ePEP', evidence: ['\\bePEP\\b'], since: { date: '2025-09' } },
          ],
        },
      },
      errors: [
        { data: { topic: 'the ePEP' }, messageId: 'missing-since', message: /expected since September 2025 under the authority's topics; the policy is dated 10 July 2025/ },
        { data: { topic: 'mental health' }, message: 'The policy does not cover mental health: no mention of "mental health" was found.' },
      ],
    },
    // The default minimum, when the document is long enough.
    { code: policy(['pep']) + `\n${'The school supports its pupils in many ways every day. '.repeat(70)}\n`, errors: 1 },
  ],
});
