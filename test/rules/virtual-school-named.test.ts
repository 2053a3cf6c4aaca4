import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import virtualSchoolNamed from '../../rules/virtual-school-named.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed, lintWith, SEEDS } from '../helpers/lint.js';

const RULE = 'virtual-school-named';
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

describe('virtual-school-named on the seeds', () => {
  it.each(['edwinstree-middle.md', 'hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'windermere-primary.md'])('%s gives the Virtual School’s contact', async (file) => {
    expect(await lintSeed(file, RULE)).toEqual([]);
  });

  it('is a warning by default', () => {
    expect(virtualSchoolNamed.meta.defaultSeverity).toBe('warn');
  });

  it('bushey: the trust copy dropped the contact block, so only "the Virtual School" is left (reported at its first mention)', async () => {
    const messages = await lintSeed('bushey-st-james-trust.md', RULE);
    expect(messages.map((m) => [m.line, m.messageId])).toEqual([[49, 'no-contact']]);
    expect(messages[0].message).toBe(
      'The policy mentions "Virtual School Head" but neither names the virtual school head nor gives the Virtual School’s email address, phone number or website.',
    );
  });

  it('edwinstree without its contact block is reported; with only the email left it is not', () => {
    const block = /The Hertfordshire Virtual School for Children Looked After\n\n(?:- [^\n]*\n)+/;
    const text = seed('edwinstree-middle.md');
    expect(block.test(text)).toBe(true);
    expect(lintWith(RULE, text.replace(block, '')).map((m) => m.messageId)).toEqual(['no-contact']);
    expect(lintWith(RULE, text.replace(block, 'Email: virtualschool@hertfordshire.gov.uk\n'))).toEqual([]);
  });

  it('a link to the national guidance on the VSH role is no contact (Hartsfield from PDF, contacts removed)', () => {
    const text = seed('hartsfield-jmi-from-pdf.txt')
      .split('\n')
      .filter((line) => !/hertfordshire\.gov\.uk|VS_HCC|01992/.test(line))
      .join('\n');
    expect(lintWith(RULE, text, { filePath: 'hartsfield.txt' }).map((m) => m.messageId)).toEqual(['no-contact']);
  });
});

new RuleTester({ date: '2026-11-23' }).run(RULE, virtualSchoolNamed, {
  valid: [
    '# Children Looked After Policy\n\nThe Virtual School Head is Jane Smith.\n',
    '# Children Looked After Policy\n\nThe Bradford Virtual school headteacher is Jonathan Cooper\n',
    '# Children Looked After Policy\n\nThe LAC virtual Headteacher is David Cregan\n',
    '# Children Looked After Policy\n\nOur Virtual School Head, Mrs Ann Brown, can be reached through the school office.\n',
    '# Children Looked After Policy\n\nWritten by: Marietta Harrow - Virtual School Head\n',
    '# Children Looked After Policy\n\nThe designated teacher will contact the Virtual School (01234 567890) before any suspension.\n',
    '# Children Looked After Policy\n\nContact the Virtual School at https://www.kent.gov.uk/virtual-school for advice.\n',
    '# Children Looked After Policy\n\nSee the [Virtual School](https://www.essex.gov.uk/virtual-school) for more.\n',
    '# Children Looked After Policy\n\nWe work with the Virtual School.\n\n## Contacts\n\nThe Virtual School team\n\nTel: 0300 123 4567\n',
    '# Children Looked After Policy\n\nWe work with the Virtual School. Questions go to vs.team@virtualschool.example.org.\n',
    // Policies that are not asked for it, or whose kind is unclear.
    '# Behaviour Policy\n\nWe work with the Virtual School.\n',
    '# Safeguarding and Child Protection Policy\n\nThe DSL keeps the name of the virtual school head.\n',
    'Minutes\n\nThe Virtual School visited.\n',
  ],
  invalid: [
    {
      code: '# Children Looked After Policy\n\nThe designated teacher works with the Virtual School on each child\u2019s PEP.\n',
      errors: [{ messageId: 'no-contact', line: 3, column: 39, data: { mention: 'Virtual School' } }],
    },
    { code: '# Children Looked After Policy\n\nThe designated teacher promotes the education of looked-after children.\n', errors: [{ messageId: 'missing', line: 1 }] },
    { code: '# Children Looked After Policy\n\nVirtual School Head: \u2026\u2026\u2026\u2026\u2026\n', errors: [{ messageId: 'blank', line: 3, column: 22 }] },
    { code: '# Behaviour Policy\n\nVirtual School Head: [name]\n', errors: [{ messageId: 'placeholder', line: 3, column: 22 }] },
    // The VSH role extension, cited from gov.uk, gives no contact.
    {
      code: '# Children Looked After Policy\n\nThe VSH role was extended in 2022 (https://www.gov.uk/government/publications/virtual-school-head-role-extension).\n',
      errors: [{ messageId: 'no-contact', data: { mention: 'VSH' } }],
    },
    // Each child's own Virtual School, but no way to reach any.
    { code: '# Children Looked After Policy\n\nThe DSL has the name of the virtual school head in the authority that looks after the child.\n', errors: [{ messageId: 'no-contact' }] },
    // A deputy or an adviser of the Virtual School is not its head.
    { code: '# Children Looked After Policy\n\nThe Deputy Virtual School Head is Sam Lee.\n', errors: [{ messageId: 'no-contact' }] },
    // "[email protected]" (a web page's hidden address) is no placeholder for the head, nor a contact.
    { code: '# Children Looked After Policy\n\nThe virtual school head (VSH) can be contacted via: [email protected]\n', errors: [{ messageId: 'no-contact' }] },
  ],
});
