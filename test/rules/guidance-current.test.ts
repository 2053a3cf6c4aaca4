import { join } from 'node:path';
import guidanceCurrent from '../../rules/guidance-current.js';
import { adviceFor } from '../../src/formatters/advice.js';
import { defaultGuidance, findEdition } from '../../src/guidance/index.js';
import { Linter } from '../../src/linter.js';
import { RuleTester } from '../../src/testing.js';
import type { LintMessage } from '../../src/types.js';
import { AS_OF, lintSeed, lintWith, only, ROOT } from '../helpers/lint.js';

const RULE = 'guidance-current';
const lines = (messages: LintMessage[]) => messages.map((m) => m.line);
const lint = (text: string, date = AS_OF, filePath = 'policy.md') => lintWith(RULE, text, { date, filePath });

async function lintFile(path: string, date = AS_OF): Promise<LintMessage[]> {
  return (await new Linter({ rules: only(RULE), date }).lintFile(join(ROOT, path))).messages;
}

describe('guidance-current on the seeds', () => {
  it('hartsfield: Behaviour in Schools 2022 (three times) and the 2022 suspension guidance', async () => {
    const messages = await lintSeed('hartsfield-jmi.md', RULE);
    expect(messages.map((m) => [m.line, m.data?.document, m.data?.cited])).toEqual([
      [78, 'behaviour-in-schools', 2022],
      [219, 'behaviour-in-schools', 2022],
      [219, 'suspension-exclusion', 2022],
      [331, 'behaviour-in-schools', 2022],
    ]);
    expect(messages[0].message).toBe(
      'Cites Behaviour in Schools 2022; the edition in force on 23 November 2026 is Behaviour in Schools 2024 (in force from 20 February 2024).',
    );
    expect(messages[2].message).toBe(
      'Cites Suspension and Permanent Exclusion guidance 2022; the edition in force on 23 November 2026 is Suspension and Permanent Exclusion guidance 2026 (in force from 26 July 2026).',
    );
    expect(messages.every((m) => m.severity === 2 && m.messageId === 'outdated')).toBe(true);
  });

  it('bushey and edwinstree: the same citations of the Hertfordshire model', async () => {
    expect(lines(await lintSeed('bushey-st-james-trust.md', RULE))).toEqual([63, 207, 207, 319]);
    // Edwinstree's "Advice for headteachers and school staff." September 2022 (line 62): the full stop
    // ends the title's sentence, so the year is not read as its edition.
    expect(lines(await lintSeed('edwinstree-middle.md', RULE))).toEqual([214, 214, 328]);
  });

  it('windermere: the 2024 suspension guidance; Behaviour in Schools (2024) is current', async () => {
    const messages = await lintSeed('windermere-primary.md', RULE);
    expect(messages.map((m) => [m.line, m.data?.document, m.data?.cited])).toEqual([[203, 'suspension-exclusion', 2024]]);
  });

  it('hartsfield from PDF: the text citations and the dropped link targets, a link broken across two lines once', async () => {
    const messages = await lintSeed('hartsfield-jmi-from-pdf.txt', RULE);
    expect(messages.map((m) => [m.line, m.messageId])).toEqual([
      [74, 'outdated-link'],
      [119, 'outdated'],
      [454, 'outdated'],
      [455, 'outdated'],
      [476, 'outdated-link'],
      [478, 'outdated-link'],
      [643, 'outdated-link'],
      [795, 'outdated'],
      [863, 'outdated-link'],
    ]);
    expect(messages[0].message).toMatch(/^Links to VSH role extension guidance 2022 \(.*virtual_school_head_role_extension_2022\.pdf\); .* VSH role extension guidance 2023 \(kinship care\)/);
  });

  it('KCSIE is left to kcsie-current: no finding of this rule is about it', async () => {
    for (const seed of ['hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'windermere-primary.md', 'edwinstree-middle.md']) {
      expect((await lintSeed(seed, RULE)).map((m) => m.data?.document)).not.toContain('kcsie');
    }
  });

  it('depends on the as-of date: Behaviour in Schools 2022 until 19 February 2024, the 2024 suspension guidance until 25 July 2026', async () => {
    // On 19 February 2024 the 2022 behaviour advice was still the latest; the 2023 suspension guidance was in force.
    expect((await lintSeed('hartsfield-jmi.md', RULE, '2024-02-19')).map((m) => m.data?.document)).toEqual(['suspension-exclusion']);
    expect(lines(await lintSeed('hartsfield-jmi.md', RULE, '2024-02-20'))).toEqual([78, 219, 219, 331]);
    // The 2024 suspension guidance has no known in-force day, so the 2023 edition stayed current until 2026's.
    expect(await lintSeed('windermere-primary.md', RULE, '2026-07-25')).toEqual([]);
    expect(lines(await lintSeed('windermere-primary.md', RULE, '2026-07-26'))).toEqual([203]);
  });
});

describe('guidance-current on other schools\' policies', () => {
  it('an old title with its year: "Exclusions from maintained schools, ..." (2017)', async () => {
    const [m, ...rest] = await lintFile('../shared/realworld/11-litcham-school.txt');
    expect(rest).toEqual([]);
    expect([m.line, m.messageId, m.data?.cited]).toEqual([28, 'replaced', 2017]);
    expect(m.message).toMatch(/^Cites “Exclusions from maintained schools, academies and pupil referral units in England” \(2017\), replaced by “Suspension and permanent exclusion from maintained schools/);
  }, 20000);

  it('an old title as a heading: "Behaviour and Discipline in Schools Guidance"', async () => {
    const messages = await lintFile('fixtures/realworld/30-john-betts-primary-behaviour.txt');
    expect(messages.map((m) => [m.line, m.messageId])).toEqual([[74, 'replaced']]);
  });

  it('the SEND code of 2014, cited three times on one line', async () => {
    const messages = await lintFile('fixtures/realworld/40-tomlinscote-school-send.txt');
    expect(messages.map((m) => [m.line, m.data?.cited, m.data?.current])).toEqual([
      [7, 2014, 2015],
      [7, 2014, 2015],
      [7, 2014, 2015],
    ]);
  });

  it('"Use of Reasonable Force" in a contents list is a section, not the guidance', async () => {
    expect(await lintFile('fixtures/realworld/31-ingoldisthorpe-primary-behaviour.txt')).toEqual([]);
  });
});

describe('guidance-current: the advice names the guidance and the edition to cite', () => {
  const meta = { [RULE]: guidanceCurrent.meta };

  it('an old edition', () => {
    const [m] = lint('We follow Working Together to Safeguard Children 2023.\n');
    const advice = adviceFor(m, { asOf: AS_OF, rulesMeta: meta });
    expect(advice.action).toMatch(/^Update the reference to Working Together to Safeguard Children 2023 to Working Together to Safeguard Children 2026/);
    expect(advice.reason).toMatch(/\(statutory guidance\) has applied since 18 March 2026/);
    // It rests on the document cited, at the edition in force, with its page and sources (the rule's guidance: ['{{document}}']).
    expect(advice.guidance).toEqual([expect.objectContaining({ shortName: expect.stringMatching(/Working Together/), year: 2026, url: expect.stringMatching(/^https:\/\/www\.gov\.uk\//) })]);
    expect(advice.basis).toBeUndefined();
  });

  it('non-statutory advice is not called statutory', () => {
    const [m] = lint('We follow Behaviour in Schools (2022).\n');
    expect(adviceFor(m, { asOf: AS_OF, rulesMeta: meta }).reason).toMatch(/Behaviour in Schools 2024 \(non-statutory advice\)/);
  });

  it('a replaced title', () => {
    const [m] = lint("Staff follow the DfE guidance 'Use of Reasonable Force' (2013).\n");
    const advice = adviceFor(m, { asOf: AS_OF, rulesMeta: meta });
    expect(advice.action).toBe(
      'Replace the reference to “Use of Reasonable Force” (2013) with “Restrictive interventions, including use of reasonable force, in schools” (Restrictive interventions guidance 2026), or refer to “the current edition of Restrictive interventions guidance” so the policy does not date',
    );
  });
});

// The synthetic cases, with the RuleTester rule authors use (policy-lint/testing).
new RuleTester({ date: '2026-11-23' }).run(RULE, guidanceCurrent, {
  valid: [
    // A citation without a year, a current edition, and a year newer than the data knows.
    'We follow Working Together to Safeguard Children.\n',
    'We follow Working Together to Safeguard Children 2026.\n',
    'We follow Working Together to Improve School Attendance (2027).\n',
    // KCSIE is kcsie-current's.
    'We follow Keeping Children Safe in Education 2022.\n',
    // The length of the school week is ap-hours-current's.
    'We follow the Length of the School Week guidance (2022).\n',
    // "Children Act 1989" is legislation, not an edition.
    'We have regard to Working Together to Safeguard Children and the Children Act 1989.\n',
    'We follow the SEND Code of Practice (2015) and the Children and Families Act 2014.\n',
    // A list of editions cites the latest.
    'We follow Behaviour in Schools 2022 and 2024.\n',
    'We follow Behaviour in Schools 2022/2024.\n',
    // The policy's own history: a change-log entry, or a section of them.
    'This policy has been updated in line with Behaviour in Schools 2022.\n',
    'Updated to reflect Working Together to Improve School Attendance 2022.\n',
    'Sept 2023 | Updated to reflect Working Together to Improve School Attendance 2022 |\n',
    '## Version history\n\nV3: reviewed for Working Together to Safeguard Children 2018.\n',
    // A year that is an academic year, or follows a person's name: the title is a role here.
    'Designated Teacher for Looked After Children 2016-17: Mrs Smith\n',
    'Designated teacher for looked-after children: Mrs Smith (2015).\n',
    'The Designated Teacher for Looked After Children (DT) \u2013 appointed 2015 \u2013 is Mrs Jones.\n',
    // Words in lower case that nothing marks as a title are the words, not the guidance.
    "Ofsted's review of behaviour in schools (2014) found low-level disruption.\n",
    // Ordinary words, not the old title.
    'Staff are trained in the use of reasonable force.\n',
    "Staff will record pupils' use of reasonable force (2024 figures).\n",
    'Use of reasonable force (2024 figures) is recorded by the office.\n',
    '20. Use of Reasonable Force\n',
    'Our use of reasonable force guidance is in appendix 3.\n',
    'We follow the DfE guidance on the use of reasonable force in schools.\n',
    'We follow Restrictive interventions, including use of reasonable force, in schools (2026).\n',
    'Children in family and friends care are supported by the designated teacher.\n',
    'Behaviour and discipline in schools is everyone\'s responsibility.\n',
    'Role and responsibilities of the designated teacher\n',
    // The new title contains the old one.
    'We follow Suspension and Permanent Exclusion from maintained schools, academies and pupil referral units in England, including pupil movement.\n',
    // An old title told as history.
    'The 2022 guidance, which replaced Exclusion from maintained schools, academies and pupil referral units in England (2017), applies.\n',
    // The LSCB as history, or as a glossary entry.
    'The LSCB was replaced by the local safeguarding partnership in 2019.\n',
    'LSCB \u2013 Local Safeguarding Children Board\n',
    // Not "kinship care ... statutory guidance" when the guidance is another document's.
    'Children in kinship care are supported, see the designated teacher statutory guidance 2018.\n',
  ],
  invalid: [
    {
      code: 'We follow Working Together to Safeguard Children 2023.\n',
      errors: [
        {
          messageId: 'outdated',
          message:
            'Cites Working Together to Safeguard Children 2023; the edition in force on 23 November 2026 is Working Together to Safeguard Children 2026 (in force from 18 March 2026).',
          line: 1,
          column: 11,
          data: { document: 'working-together-safeguard', cited: 2023, current: 2026, standing: 'statutory guidance' },
        },
      ],
    },
    { code: 'We follow Working Together to Safeguard Children 2018 and the Children Act 1989.\n', errors: [{ data: { cited: 2018 } }] },
    { code: 'Attendance follows Working Together to Improve School Attendance (May 2022).\n', errors: [{ data: { document: 'working-together-attendance' } }] },
    { code: 'We follow the Mental Health and Behaviour in Schools guidance (2016).\n', errors: [{ message: /^Cites Mental health and behaviour in schools 2016; .* 2018/ }] },
    { code: 'We follow Information sharing: advice for practitioners (July 2018).\n', errors: [{ data: { document: 'information-sharing', current: 2024 } }] },
    { code: 'Pupils missing from education follow Children Missing Education (September 2016).\n', errors: 1 },
    { code: 'Admissions follow the School Admissions Code 2014.\n', errors: [{ data: { document: 'school-admissions-code', current: 2021 } }] },
    { code: 'We follow the Promoting the education of looked-after children statutory guidance (2014).\n', errors: 1 },
    { code: 'Promoting the education of children with a social worker: virtual school head role extension (June 2021) applies.\n', errors: 1 },
    // Lower case, marked as a title by "DfE", "guidance" or quotes.
    { code: "We follow the DfE's behaviour in schools guidance (2022).\n", errors: [{ data: { cited: 2022, current: 2024 } }] },
    { code: "Staff act in line with 'behaviour in schools' 2022.\n", errors: 1 },
    { code: 'Inlinewith\u2018BehaviourinSchools\u20192022,staffwill\n', filePath: 'policy.txt', errors: [{ column: 12 }] },
    { code: 'The school follows Arranging alternative provision (2013).\n', errors: [{ data: { document: 'arranging-alternative-provision', current: 2025 } }] },
    // A policy's claim about what it follows now is not a change-log entry.
    { code: 'We have reviewed the school behaviour policy alongside Behaviour in Schools 2022.\n', errors: [{ messageId: 'outdated' }] },
    // Outside the change log, the same policy's citation is read.
    { code: '## Version history\n\nUpdated for Working Together to Safeguard Children 2018.\n\n## Policy\n\nWe follow Working Together to Safeguard Children 2018.\n', errors: [{ line: 7 }] },
    // A link whose file names an edition.
    { code: 'Read the [advice](https://example.org/Behaviour_in_Schools_guidance_July_2022.pdf).\n', errors: [{ messageId: 'outdated-link', message: /^Links to Behaviour in Schools 2022 \(Behaviour_in_Schools_guidance_July_2022\.pdf\)/ }] },
    // Replaced titles, with their year or without.
    {
      code: "Staff follow the DfE guidance 'Use of Reasonable Force' (2013).\n",
      errors: [
        {
          messageId: 'replaced',
          message:
            'Cites “Use of Reasonable Force” (2013), replaced by “Restrictive interventions, including use of reasonable force, in schools” from 1 April 2026; the edition in force on 23 November 2026 is Restrictive interventions guidance 2026 (in force from 1 April 2026).',
          column: 32,
        },
      ],
    },
    { code: '## References\n\n- Use of Reasonable Force (2013)\n', errors: [{ messageId: 'replaced', line: 3, column: 3 }] },
    { code: 'Staff follow Use of reasonable force (2013).\n', errors: [{ messageId: 'replaced' }] },
    { code: 'DfE Use of Reasonable Force advice for headteachers, staff and governing bodies (July 2013) applies.\n', errors: [{ messageId: 'replaced' }] },
    { code: 'The school follows the Family and Friends Care statutory guidance.\n', errors: [{ messageId: 'replaced', data: { cited: null, replacement: 'Kinship care: statutory guidance for local authorities' } }] },
    { code: 'We follow Exclusion from maintained schools, academies and pupil referral units in England.\n', errors: [{ messageId: 'replaced', data: { document: 'suspension-exclusion', current: 2026 } }] },
    { code: "See the DfE's Behaviour and Discipline in Schools (2016).\n", errors: [{ messageId: 'replaced', data: { cited: 2016 } }] },
    { code: 'The Role and Responsibilities of the Designated Teacher for Looked After Children (2009) sets out the role.\n', errors: [{ messageId: 'replaced' }] },
    { code: 'Alternative Provision: Statutory Guidance for Local Authorities (January 2013) applies.\n', errors: [{ messageId: 'replaced' }] },
    { code: 'Ensuring a good education for children who cannot attend school because of health needs sets out the duty.\n', errors: [{ messageId: 'replaced' }] },
    // Extraction lost the spaces.
    { code: 'ThisfollowsFamilyandFriendsCare:StatutoryGuidance(2011).\n', filePath: 'policy.txt', errors: [{ messageId: 'replaced' }] },
    // The LSCB with a part now: one finding for the policy, counting the sentences.
    {
      code: 'The DSL will refer concerns to the Local Safeguarding Children Board (LSCB) and follow LSCB procedures.\n\nStaff attend LSCB training every year.\n',
      errors: [
        {
          messageId: 'replaced-body',
          line: 1,
          column: 36,
          message:
            'Refers to the Local Safeguarding Children Board (2 times in the policy) as a body that still exists; it has been replaced by the safeguarding partners and their local safeguarding arrangements (Children and Social Work Act 2017), the terms of KCSIE 2018 (in force from 3 September 2018) and later editions.',
          data: { count: 2, document: 'kcsie' },
        },
      ],
    },
  ],
});

describe('guidance-current: replaced titles depend on the as-of date', () => {
  it('"Use of reasonable force" was current until 31 March 2026', () => {
    const text = "Staff follow the DfE guidance 'Use of Reasonable Force' (2013).\n";
    expect(lint(text, '2026-03-31')).toEqual([]);
    expect(lint(text, '2026-04-01').map((m) => m.messageId)).toEqual(['replaced']);
  });

  it('"Family and Friends Care" until 10 October 2024; the LSCB until 2 September 2018', () => {
    expect(lint('The school follows the Family and Friends Care statutory guidance.\n', '2024-10-10')).toEqual([]);
    expect(lint('The school follows the Family and Friends Care statutory guidance.\n', '2024-10-11')).toHaveLength(1);
    expect(lint('The DSL will refer concerns to the LSCB.\n', '2018-09-02')).toEqual([]);
    expect(lint('The DSL will refer concerns to the LSCB.\n', '2018-09-03')).toHaveLength(1);
  });

  it('an old title cited with the year of the edition that replaced it, or later, is that edition', () => {
    expect(lint("Staff follow the DfE guidance 'Use of Reasonable Force' (2026).\n")).toEqual([]);
  });
});

describe('guidance-current: the old names in the guidance data', () => {
  const names = Object.values(defaultGuidance.documents).flatMap((doc) => (doc.replacedNames ?? []).map((r) => ({ doc, r })));

  it('the issue\'s four, and each with its sources, what replaced it and a known edition', () => {
    expect(names.map(({ r }) => r.name)).toEqual(
      expect.arrayContaining([
        'Exclusion from maintained schools, academies and pupil referral units in England',
        'Use of reasonable force',
        'Family and Friends Care: statutory guidance for local authorities',
        'Local Safeguarding Children Board (LSCB)',
      ]),
    );
    for (const { doc, r } of names) {
      expect([doc.id, r.name, r.sources.length > 0 && r.sources.every((x) => /^https?:\/\//.test(x))]).toEqual([doc.id, r.name, true]);
      expect(findEdition(doc, r.edition)).toBeDefined();
      expect(r.replacement.length).toBeGreaterThan(10);
      for (const re of r.patterns) {
        expect(re.flags).toContain('i');
        expect(re.global || re.sticky).toBe(false);
      }
    }
  });

  it('an old title\'s patterns match it, and not the title that replaced it', () => {
    for (const { r } of names.filter(({ r }) => r.kind === 'title')) {
      expect([r.name, r.patterns.some((re) => re.test(r.name))]).toEqual([r.name, true]);
      expect([r.replacement, r.patterns.some((re) => re.test(r.replacement))]).toEqual([r.replacement, false]);
    }
  });
});
