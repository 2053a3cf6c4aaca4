import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dslNamed from '../../rules/dsl-named.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed, lintWith, SEEDS } from '../helpers/lint.js';

const RULE = 'dsl-named';
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

describe('dsl-named on the seeds', () => {
  it.each(['edwinstree-middle.md', 'hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'bushey-st-james-trust.md', 'windermere-primary.md'])(
    '%s names its designated safeguarding lead',
    async (file) => {
      expect(await lintSeed(file, RULE)).toEqual([]);
    },
  );

  it('reports the model\'s blank left unfilled (Edwinstree with the name taken out)', () => {
    const text = seed('edwinstree-middle.md').replace('Mrs Joanne Gant', '……………………');
    const messages = lintWith(RULE, text);
    expect(messages.map((m) => [m.line, m.messageId])).toEqual([[40, 'blank']]);
    expect(messages[0].message).toBe(
      'The designated safeguarding lead is not named: "Name of the Designated Safeguarding Lead with responsibility for children with a Social Worker" is left blank.',
    );
  });

  it('reports a trust school whose lead is left blank (Bushey)', () => {
    const text = seed('bushey-st-james-trust.md').replace(/(Name of the Designated Safeguarding Lead[^\n]*\n\n- Bushey Meads School: Sara Ash, Head of Standards, Safeguarding and SEND\n)- Hartsbourne Primary School: Danni Harte, Headteacher/, '$1- Hartsbourne Primary School:');
    const messages = lintWith(RULE, text, { filePath: 'bushey.md' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 46, messageId: 'blank' });
    expect(messages[0].message).toMatch(/for Hartsbourne Primary School/);
  });

  it('reports a social-worker policy (Windermere) that lost the name and never names the lead', () => {
    const text = seed('windermere-primary.md').replace(/Name of the Designated Safeguarding Lead[^\n]*\n\n\.\.\.\.\.Sarah Gilliver\.\.\.\.\.\n/, '');
    expect(lintWith(RULE, text).map((m) => m.messageId)).toEqual(['missing']);
  });
});

new RuleTester({ date: '2026-11-23' }).run(RULE, dslNamed, {
  valid: [
    '# Safeguarding and Child Protection Policy\n\nDesignated Safeguarding Lead: Mrs J Smith\n',
    '# Safeguarding and Child Protection Policy\n\nThe DSL is Mrs J Smith (Headteacher). The Deputy DSLs are Mr A Khan and Ms B Lee.\n',
    '# Safeguarding and Child Protection Policy\n\nOur Designated Safeguarding Lead is Mr Tom Jones, Deputy Headteacher.\n',
    '# Safeguarding and Child Protection Policy\n\nMr Tom Jones (Deputy Headteacher) is the Designated Safeguarding Lead.\n',
    '# Safeguarding and Child Protection Policy\n\nThe Designated Safeguarding Lead is: Mr Tom Jones\n',
    '# Safeguarding and Child Protection Policy\n\nKey contacts\n\nDesignated Safeguarding Lead\n\nMr Tom Jones\n',
    '# Safeguarding and Child Protection Policy\n\nDSL \u2013 Emma Shawcross\n\nDDSL \u2013 Louise Thompson\n',
    '# Safeguarding and Child Protection Policy\n\nIf you have a concern, speak to Mrs Kim Baker, our Designated Safeguarding Lead.\n',
    '# Safeguarding and Child Protection Policy\n\nThe DSL is the Deputy Headteacher, Mr Tom Jones.\n',
    // A name before the role, with a job title between (older titles of the role too).
    '# Safeguarding and Child Protection Policy\n\nOwner(s): Katy Stringer, Chief Operating Officer Darren Currie, School Designated Safeguarding Lead\n',
    '# Safeguarding and Child Protection Policy\n\nThe school has 3 designated teachers for Child Protection: David Aldred, Pastoral Deputy Head (lead DSP/CPO), Pat Thackeray.\n',
    // A lead-in with the people on the next line.
    '# Safeguarding and Child Protection Policy\n\n- The Designated Child Protection Persons are:\n\nAlex Law (Head teacher)\n',
    '# Safeguarding and Child Protection Policy\n\nSenior designated safeguarding lead (DSL):\n\nName: Elizabeth Bancroft\n',
    // Footnote marks after the label, a table cell, a row run together.
    '# Safeguarding and Child Protection Policy\n\nDesignated Safeguarding Lead (DSL)*/**\n\nMrs Kim Baker\n',
    '# Safeguarding and Child Protection Policy\n\n| Role | Name |\n| --- | --- |\n| Designated Safeguarding Lead | Mrs K Baker |\n',
    '# Safeguarding and Child Protection Policy\n\nDesignated Safeguarding Lead (DSL) Mrs Kim Baker kim.baker@oak.sch.uk 01234 567890\n',
    // The name is given elsewhere: unsure, quiet.
    '# Safeguarding and Child Protection Policy\n\nDSL: see page 3\n',
    '# Safeguarding and Child Protection Policy\n\nThe designated safeguarding lead (DSL) for the school is named in Appendix 1.\n',
    // Policies that need not name the DSL.
    '# Behaviour Policy\n\nStaff should report any concern to the designated safeguarding lead without delay.\n',
    '# Designated Teacher Policy\n\nThe designated teacher works closely with the DSL.\n',
    'Minutes of the meeting\n\nThe DSL reported to governors.\n',
  ],
  invalid: [
    { code: '# Safeguarding and Child Protection Policy\n\nDesignated Safeguarding Lead: TBC\n', errors: [{ messageId: 'placeholder', line: 3, column: 31 }] },
    { code: '# Safeguarding and Child Protection Policy\n\nDesignated Safeguarding Lead: ..........\n', errors: [{ messageId: 'blank', line: 3 }] },
    { code: '# Behaviour Policy\n\nDesignated Safeguarding Lead: [name]\n', errors: [{ messageId: 'placeholder', message: /holds placeholder "\[name\]"/ }] },
    {
      code: '# Safeguarding and Child Protection Policy\n\nThe headteacher is the DSL.\n',
      errors: [{ messageId: 'role-in-sentence', message: 'The designated safeguarding lead is not named: the policy gives a role ("headteacher"), not a person.' }],
    },
    {
      code: '# Safeguarding and Child Protection Policy\n\nThe Designated Safeguarding Lead (DSL) is the Headteacher.\n',
      errors: [{ messageId: 'role-in-sentence', data: { roleGiven: 'Headteacher' } }],
    },
    // A deputy is not the lead.
    { code: '# Safeguarding and Child Protection Policy\n\nDeputy DSL: Jane Smith\n\nThe DSL will keep records.\n', errors: [{ messageId: 'missing', line: 5 }] },
    { code: '# Safeguarding and Child Protection Policy\n\nThe Deputy DSL is Jane Smith. The DSL will keep records.\n', errors: [{ messageId: 'missing' }] },
    // Someone else's name in the sentence that mentions the DSL.
    {
      code: '# Looked After Children Policy\n\nThe designated member of staff is Mr Boothe, Deputy Head of School If staff have a concern, they should discuss it with the DSL.\n',
      errors: [{ messageId: 'missing', message: 'The policy does not name its designated safeguarding lead.' }],
    },
    { code: '# Children Looked After Policy\n\nThe Designated Teacher, Mrs A Patel, will work closely with the Designated Safeguarding Lead.\n', errors: [{ messageId: 'missing' }] },
    { code: '# Safeguarding and Child Protection Policy\n\nThe DSL will keep records and attend training every two years.\n', errors: [{ messageId: 'missing', line: 3 }] },
    { code: '# Children Looked After Policy\n\nThe designated teacher promotes the education of looked-after children.\n', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});
