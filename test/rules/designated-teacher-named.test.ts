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
    ['a role, not a person', 'Headteacher', /gives a role \("Headteacher"\), not a person's name/],
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

  it('reports a looked-after children policy that never names one, at its first mention', () => {
    const messages = lint('# Looked After Children Policy\n\nThe designated teacher is a qualified teacher.\n');
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(/does not name its designated teacher/);
    expect(messages[0].line).toBe(3);
  });
});

describe('designated-teacher-named: the kinds of policy that must name one', () => {
  const body = '\n\nThe designated teacher promotes the educational achievement of looked-after children.\n';

  it.each([
    'Children Looked After Policy',
    'Policy for Previously Looked After Children',
    'Children with a Social Worker Policy',
    'Designated Teacher Policy',
    'Kinship Care Policy',
  ])('"%s" must name its designated teacher', (title) => {
    const messages = lint(`# ${title}${body}`);
    expect(messages.map((m) => m.messageId)).toEqual(['missing']);
  });

  it.each([
    'Safeguarding and Child Protection Policy',
    'Behaviour Policy',
    'Suspension and Permanent Exclusion Policy',
    'Attendance Policy',
    'Alternative Provision Policy',
    'SEND Policy',
    'Charging and Remissions Policy',
  ])('"%s" need not name one', (title) => {
    expect(lint(`# ${title}${body}`)).toEqual([]);
  });

  it('says nothing of absence when the kind is unclear', () => {
    expect(lint(`Minutes of the meeting${body}`)).toEqual([]);
  });

  it('reports a blank label in any kind of policy', () => {
    const messages = lint('# Safeguarding and Child Protection Policy\n\nDesignated teacher for looked-after children: \u2026\u2026\u2026\u2026\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 3, messageId: 'blank' });
  });

  it('reports a placeholder sentence in any kind of policy', () => {
    const messages = lint('# Behaviour Policy\n\nOur designated teacher for children in care is [insert name].\n');
    expect(messages).toHaveLength(1);
    expect(messages[0].line).toBe(3);
  });
});

describe('designated-teacher-named: real-world phrasing', () => {
  const lac = (text: string) => lint(`# Looked After Children Policy\n\n${text}\n`);

  it.each([
    'In this school the designated teacher is Assistant Head Teacher Lena Morris.',
    'Our designated teacher is Mr T J Adeyemi, Deputy Headteacher (Pastoral).',
    'The governing body appoint Sophie Turner as the designated teacher.',
    'Ruth Evans has been appointed as our Designated Teacher for looked-after children.',
    'Designated Teacher \u2013 Amir Haddad\n\nDesignated Safeguarding Lead \u2013 Jo Bell',
    'Name of the Designated Teacher for Children Looked AfterPriya Sharma\n\nDesignated Safeguarding Lead Tom Reid',
    'Ms Dana McAllister, Senior Associate Leader is the designated teacher for looked after children.',
    'The Designated Teacher should be a senior member of staff. The named teacher in this school is Mrs E Hart, Head of College.',
    'Our aims follow the guidance. Name of Designated Teacher for Looked After Children: Dr Mick Lowe 1. Context The Act introduced corporate parenting.',
    'The school will identify a designated teacher to co-ordinate the education of looked after children \u2013 Gill Rowe',
    'The designated member of staff for previously looked after pupils is Mr Boothby, Deputy Head of School.',
    'The Designated Teacher, Mrs Jones, will attend every PEP meeting.',
    'Designated Teacher: Headteacher (Mrs P Wilson)',
    'Designated Teacher for CLA: Headteacher \u2013 Mr A Brown',
  ])('accepts "%s"', (text) => {
    expect(lac(text)).toEqual([]);
  });

  it('stays quiet when the value points elsewhere for the name', () => {
    expect(lac('Designated Teacher: see Appendix A')).toEqual([]);
    expect(lac('Designated teacher for looked after children: please refer to the staff list on the website')).toEqual([]);
  });

  it('does not take another person in the sentence for the designated teacher', () => {
    expect(lac('The designated teacher will liaise with the Virtual School Head, who is Jane Smith.').map((m) => m.messageId)).toEqual(['missing']);
  });

  it('does not take an acronym for a name, nor another role\'s holder for this one', () => {
    expect(lac('Name of the Designated Teacher for CLA and PLA\n\nHeadteacher').map((m) => m.messageId)).toEqual(['role-not-name']);
    const dsl = lac('The designated teacher works with the virtual school. The designated safeguarding lead is Mrs Jane Cole.');
    expect(dsl.map((m) => m.messageId)).toEqual(['missing']);
  });

  it('does not read headings about the role as labels', () => {
    const text = [
      '# Designated Teacher Policy',
      '',
      '## Roles and responsibilities of the designated teacher',
      '',
      'The designated teacher will:',
      '',
      '- promote a culture of high aspirations for looked-after children in the school',
      '- make sure each young person has a voice in setting their learning targets',
      '',
      '## Identity of the Designated Teacher',
      '',
      'The Designated Teacher is Mr K L Obi, Assistant Headteacher (Inclusion), who can be contacted through the school office.',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('reports a line that asks for the name with nothing under it, at that line', () => {
    const messages = lint('# Children Looked After Policy\n\n## The Name of the Designated Teacher\n\n## The Name of the Designated Governor\n\nMrs R Kaur\n');
    expect(messages).toHaveLength(1);
    expect(messages[0].line).toBe(3);
  });

  it('reports a heading asking for the name when the prose under it names no one', () => {
    const messages = lac('## Identity of the Designated Teacher\n\nThe designated teacher is a qualified teacher who has the authority to act as an advocate.');
    expect(messages).toHaveLength(1);
    expect(messages[0].line).toBe(3);
  });

  it('reports a role given instead of a name, at that sentence', () => {
    const text = [
      '# Looked After Children Policy',
      '',
      'The Guidance introduced two key measures:',
      '',
      '- To ensure designated teachers are nominated in every school. At Oakfield, this is the SENCO.',
      '- To ensure Personal Education Plans are in place for all looked after children.',
      '',
    ].join('\n');
    const messages = lint(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 5, messageId: 'role-in-sentence' });
    expect(messages[0].message).toMatch(/"SENCO"/);
  });

  it('reports "the designated teacher is the Deputy Headteacher" in a looked-after policy only', () => {
    const sentence = 'The designated teacher is the Deputy Headteacher.';
    expect(lac(sentence).map((m) => [m.line, m.messageId])).toEqual([[3, 'role-in-sentence']]);
    expect(lint(`# Safeguarding Policy\n\n${sentence}\n`)).toEqual([]);
  });

  it('does not read a list of duties as a list of people', () => {
    const duties = 'The Designated Teacher will:\n\n- attend Personal Education Plan meetings and reviews for each child\n- liaise with the Virtual School about the use of pupil premium plus';
    expect(lac(`${duties}\n\nOur designated teacher is Mrs Dawson.`)).toEqual([]);
    const messages = lac(duties);
    expect(messages.map((m) => m.messageId)).toEqual(['missing']);
    expect(messages[0].line).toBe(3);
  });
});
