import { lintSeed, lintWith } from '../helpers/lint.js';

const RULE = 'designated-teacher-named';
const lint = (text: string, filePath?: string) => lintWith(RULE, text, { filePath });

describe('designated-teacher-named on the seeds', () => {
  it.each(['edwinstree-middle.md', 'hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'bushey-st-james-trust.md', 'windermere-primary.md'])(
    '%s names its designated teacher',
    async (file) => {
      expect(await lintSeed(file, RULE)).toEqual([]);
    },
  );
});

describe('designated-teacher-named: labelled fields', () => {
  const label = 'Name of the Designated Teacher for CLA and PLA\n\n';
  const next = '\n\nName of the Designated School Governor for CLA and PLA\n\nJanene Hails\n';

  it.each([
    ['a plain name', 'Jo Gant'],
    ['a title and initial', 'Mrs A. Patel'],
    ['dot leaders around the name', '.....Sarah Gilliver.....'],
    ['dot leaders before the name', '.....Claire Marles'],
    ['a name with a role after it', 'Sara Ash, Head of Standards, Safeguarding and SEND'],
    ['a hyphenated surname', 'Dr Amira Khan-Lewis'],
  ])('accepts %s', (_, value) => {
    expect(lint(label + value + next)).toEqual([]);
  });

  it.each([
    ['dots', '..........................', /holds|blank/],
    ['underscores', '________________', /blank/],
    ['a [name] placeholder', '[name]', /placeholder "\[name\]"/],
    ['an <insert name> placeholder', '<insert name>', /placeholder/],
    ['TBC', 'TBC', /placeholder "TBC"/],
    ['XXXX', 'XXXX', /placeholder "XXXX"/],
    ['a role, not a person', 'Headteacher', /names a role/],
  ])('reports %s', (_, value, message) => {
    const messages = lint(label + value + next);
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(message);
    expect(messages[0].line).toBe(3);
  });

  it('reports a label with nothing after it before the next label', () => {
    const messages = lint('Name of the Designated Teacher for CLA and PLA\n\nName of the Designated School Governor for CLA and PLA\n\nJanene Hails\n');
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(/left blank/);
    expect(messages[0].line).toBe(1);
  });

  it('reads a label and value on one line', () => {
    expect(lint('Designated Teacher for Looked After Children: Mr J. Okafor (Deputy Head)\n')).toEqual([]);
    const messages = lint('Designated Teacher for Looked After Children: TBC\n');
    expect(messages.map((m) => [m.line, m.column])).toEqual([[1, 47]]);
  });

  it('reads a tab-separated header table row', () => {
    expect(lint('Designated Teacher:\tMs R. Osei\tReview Date:\tMay 2027\n')).toEqual([]);
    expect(lint('Designated Teacher:\t\u2026\u2026\u2026\tReview Date:\tMay 2027\n')).toHaveLength(1);
  });

  it('checks every school of a trust policy', () => {
    const trust = [
      'Name of the Designated Teachers for CLA and PLA',
      '',
      '- Bushey Meads School: Sara Ash, Head of Standards',
      '- Hartsbourne Primary School: ........',
      '- Little Reddings Primary School: Rebecca Tregear, Headteacher',
      '',
    ].join('\n');
    const messages = lint(trust);
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(/for Hartsbourne Primary School/);
    expect(messages[0].line).toBe(4);
  });
});

describe('designated-teacher-named: sentences', () => {
  it.each([
    'Our Designated Teacher is Mrs A. Patel.',
    'The Designated Teacher for Children Looked After is a Statutory Post and is currently led by Jo Gant.',
    'The Designated Teacher is a Statutory Post and Kathryn Dearn  is the named teacher for 2023-34.',
  ])('accepts "%s"', (sentence) => {
    expect(lint(`# Policy\n\n${sentence}\n`)).toEqual([]);
  });

  it('reports a sentence with a placeholder', () => {
    const messages = lint('# Policy\n\nOur Designated Teacher is [name of teacher].\n');
    expect(messages).toHaveLength(1);
    expect(messages[0].line).toBe(3);
  });

  it('reports a policy that never names one', () => {
    const messages = lint('# Policy\n\nThe designated teacher is a qualified teacher.\n');
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(/does not name its designated teacher/);
  });
});
