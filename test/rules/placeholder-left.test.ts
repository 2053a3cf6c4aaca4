import placeholderLeft from '../../rules/placeholder-left.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed, lintWith } from '../helpers/lint.js';

const RULE = 'placeholder-left';
const lint = (text: string, filePath?: string) => lintWith(RULE, text, { filePath });

describe('placeholder-left on the seeds', () => {
  it("windermere: the county model's note to schools, on the school's copy", async () => {
    const messages = await lintSeed('windermere-primary.md', RULE);
    expect(messages.map((m) => [m.line, m.column, m.messageId])).toEqual([[29, 1, 'instruction']]);
    expect(messages[0].message).toMatch(/^The model policy's note to schools is still in the text: "This is a .model. policy that schools may adapt or adopt/);
  });

  it("windermere: the dots around the filled-in names, the model's blank signature cell and '...2024-2024' are not placeholders", async () => {
    const lines = (await lintSeed('windermere-primary.md', RULE)).map((m) => m.line);
    for (const line of [19, 47, 51, 55, 131]) expect(lines).not.toContain(line);
  });

  it.each(['edwinstree-middle.md', 'hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'bushey-st-james-trust.md'])(
    '%s: nothing left unfilled (links in brackets, "Name: Role:" header cells, "Notes for Governors")',
    async (file) => {
      expect(await lintSeed(file, RULE)).toEqual([]);
    },
  );
});

describe('placeholder-left: one finding per placeholder, none for a named role', () => {
  it('reports each placeholder of a paragraph at its place', () => {
    const messages = lint('At [School name] we support every child; contact <insert phone number> by XX/XX/XXXX.\n');
    expect(messages.map((m) => [m.column, m.data?.placeholder])).toEqual([
      [4, '[School name]'],
      [50, '<insert phone number>'],
      [75, 'XX/XX/XXXX'],
    ]);
  });

  it('a choice inside a reported note is not reported again', () => {
    const messages = lint('Schools should insert their own arrangements here (delete as appropriate).\n');
    expect(messages.map((m) => m.messageId)).toEqual(['instruction']);
  });

  it('leaves blanks in a named role to that role\'s rule, and reports them elsewhere', () => {
    expect(lint('Designated Safeguarding Lead: [insert name]\n')).toEqual([]);
    expect(lint('Name of the Designated Teacher for CLA and PLA\n\n..........................\n')).toEqual([]);
    expect(lint('Our virtual school head is <name>.\n')).toEqual([]);
    expect(lint('The Deputy DSL is ________.\n')).toEqual([]);
    expect(lint('Designated governor for looked-after children: ……………\n')).toEqual([]);
    // The same blanks after other labels are template text left in.
    expect(lint('Business manager: [insert name]\n').map((m) => m.messageId)).toEqual(['placeholder']);
    expect(lint('Name of School\n\n..........................\n').map((m) => [m.line, m.messageId])).toEqual([[3, 'blank']]);
  });
});

new RuleTester({ date: '2026-11-23' }).run(RULE, placeholderLeft, {
  valid: [
    // Real brackets.
    'The guidance [1] was revised [2023] and "[the school] must act" [sic].\n',
    'The designated teacher for CfC is Claire Bailey [Grange].\n',
    'He can be contacted via: [email protected]\n',
    'Tick one: [ ] Yes [x] No [X] Unsure\n',
    'The Act says "[…] every child" and "[...] each pupil".\n',
    'We use [here](https://example.org) and [DfE guidance](#) links.\n',
    '94% = good; < 88% = poor; a > b.\n',
    'Section 51A of the Education Act 2002, as inserted by the Education Act 2011.\n',
    // Contents, dot leaders around a value, signature lines.
    'Introduction ........ 3\n\nRoles and responsibilities ........ 12\n',
    'TableofContentsPart1 ............................................ 4\n',
    'Background ........\n',
    '.....Sarah Gilliver.....\n',
    'Signed: ________________ Date: ____________\n\nChair of Governors\n',
    'Signature …………………………………. Date ……………………\n\nHead Teacher\n',
    'Authorised: ………………………………… (Headteacher)\n\nAuthorised: ………………………………(Chair of Governors)\n\nDate Approved: 18-1-18\n',
    '……………………………\n\nHeadteacher\n',
    // A school's own words to its governors, and prose about schools.
    "Notes for Governors no changes from last year's policy.\n",
    'This policy is based on the county model policy, adapted for our school.\n',
    'This policy sets out how schools can adapt their teaching to meet the needs of children.\n',
    "Schools must delete a pupil's name from the admission register as appropriate.\n",
    'Statutory and required – centrally provided template for adoption without amendment: these are policies which it is statutory for schools to have.\n',
    'Please tick as appropriate and delete as appropriate: Yes / No\n\nSigned: ________\n',
    // An editor's words in a quotation; a separator line under a title.
    "The guidance says \u2018[The Local Authority] must publish its local offer\u2019 and we agree.\n",
    '# Policy for Looked After Children\n\n..........................\n\nText.\n',
    // Forms and letters filled in afresh for each child or case.
    "## Appendix 3: letter templates\n\nDear [Name],\n\nOn [date] your child was [reason].\n\nSigned: ________\n",
    "Dear [Parent/carer name],\n\nI am writing about [date]. Please contact [school office].\n\nYours sincerely\n\n## Next section\n\nText.\n",
    "Name of pupil: ____________ Date of birth: ________\n",
    "Our records hold [child's name] and [date of incident].\n",
    'Headteacher: ……………………… Date: ………………\n',
    // A value after the dots is filled in.
    'Date adopted ……………… June 2023\n',
    // An empty label: the value may have been lost from a table.
    'Policy Number:\n\nApproved By:\n',
    'Staff training takes place every three years.... and more.\n',
  ],
  invalid: [
    { code: 'Date: <insert date>\n', errors: [{ messageId: 'placeholder', column: 7, data: { placeholder: '<insert date>' } }] },
    { code: '<School Name> is committed to every child.\n', errors: [{ messageId: 'placeholder', column: 1 }] },
    { code: 'The school is \u00abSchool Name\u00bb and {{school_name}}.\n', errors: 2 },
    { code: '[Insert details of how the school supports pupils with a social worker]\n', errors: [{ messageId: 'placeholder' }] },
    { code: 'Approved on [Date] by [Name of committee].\n', errors: 2 },
    { code: 'The review is in 20XX.\n', errors: [{ messageId: 'placeholder', message: 'Template text left in: the placeholder "20XX" was never filled in.' }] },
    { code: 'Insert date\n', errors: [{ messageId: 'placeholder', column: 1 }] },
    { code: 'Date approved: insert date here\n', errors: [{ messageId: 'placeholder', column: 16 }] },
    { code: 'The school will/will not (delete as appropriate) use alternative provision.\n', errors: [{ messageId: 'choice', column: 26, data: { phrase: '(delete as appropriate)' } }] },
    { code: 'We will offer a place (amend as applicable).\n', errors: [{ messageId: 'choice' }] },
    // The model's notes to schools.
    { code: "This is a 'model' policy that schools may adapt or adopt according to schools' own circumstances.\n", errors: [{ messageId: 'instruction', column: 1 }] },
    { code: 'This policy is intended as a guide for schools to adapt to meet the needs of children in their own setting.\n', errors: [{ messageId: 'instruction' }] },
    { code: 'This template must be amended to reflect the individual education setting.\n', errors: [{ messageId: 'instruction' }] },
    { code: 'Part 1 contains statements that each school should adapt to fit its own needs.\n', errors: [{ messageId: 'instruction' }] },
    { code: "It is designed to sit alongside or be integrated into your school's statutory Child Protection Policy.\n", errors: [{ messageId: 'instruction' }] },
    { code: 'In drawing up your safeguarding policy you will need to consider visitors.\n', errors: [{ messageId: 'instruction' }] },
    { code: 'Note to schools: add your local contacts.\n', errors: [{ messageId: 'instruction' }] },
    { code: 'Text in red should be amended by each school.\n', errors: [{ messageId: 'instruction' }] },
    // Word's own placeholder text.
    { code: '[Type the document title]\n\n[Company name]\n', errors: 2 },
    { code: '[The Local Authority] must publish its local offer.\n', errors: [{ messageId: 'placeholder', column: 1 }] },
    { code: 'Date approved: Click or tap to enter a date.\n', errors: [{ messageId: 'placeholder', data: { placeholder: 'Click or tap to enter a date' } }] },
    { code: 'Our aims: Click here to enter text.\n', errors: [{ messageId: 'placeholder' }] },
    // A letter section elsewhere does not hide the policy's own gaps.
    { code: '## Forms of abuse\n\nAt [School name] we act.\n', errors: [{ messageId: 'placeholder', line: 3 }] },
    // Blanks.
    { code: 'Date approved: ……………………\n', errors: [{ messageId: 'blank', column: 16, data: { label: 'Date approved' } }] },
    { code: 'Name: ____________ Position: ________\n', errors: [{ messageId: 'blank', data: { label: 'Name' } }, { messageId: 'blank', data: { label: 'Position' } }] },
    { code: 'Name of School\n\n...............\n', errors: [{ messageId: 'blank', line: 3, column: 1, data: { label: 'Name of School' } }] },
    { code: 'At …………… School we believe in every child.\n', errors: [{ messageId: 'gap', column: 4 }] },
    { code: 'This policy was approved by governors on …………….\n', errors: [{ messageId: 'gap' }] },
    { code: 'Date approved: ……………………\n', filePath: 'policy.txt', errors: [{ messageId: 'blank', line: 1 }] },
  ],
});
