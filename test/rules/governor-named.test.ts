import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import governorNamed from '../../rules/governor-named.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed, lintWith, SEEDS } from '../helpers/lint.js';

const RULE = 'governor-named';
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

describe('governor-named on the seeds', () => {
  it.each(['edwinstree-middle.md', 'hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'bushey-st-james-trust.md', 'windermere-primary.md'])(
    '%s names its governor for looked-after children',
    async (file) => {
      expect(await lintSeed(file, RULE)).toEqual([]);
    },
  );

  it("reports the model's blank left unfilled (Hartsfield with the name taken out)", () => {
    const messages = lintWith(RULE, seed('hartsfield-jmi.md').replace('Allison Gaskell', '[name of governor]'));
    expect(messages.map((m) => [m.line, m.messageId])).toEqual([[52, 'placeholder']]);
    expect(messages[0].message).toBe(
      'The governor for looked-after children is not named: "Name of the Designated School Governor for CLA and PLA" holds placeholder "[name of governor]".',
    );
  });

  it('reports a trust school whose governor is left blank (Bushey)', () => {
    const messages = lintWith(RULE, seed('bushey-st-james-trust.md').replace('Hartsbourne Primary School: Alison Hanbury', 'Hartsbourne Primary School: TBC'), { filePath: 'bushey.md' });
    expect(messages.map((m) => [m.line, m.messageId])).toEqual([[39, 'placeholder']]);
    expect(messages[0].message).toMatch(/for Hartsbourne Primary School/);
  });

  it('reports a looked-after policy (Edwinstree) that lost the governor and names no other', () => {
    const text = seed('edwinstree-middle.md').replace('Name of the Designated School Governor for CLA and PLA\n\nJanene Hails\n', '');
    expect(lintWith(RULE, text).map((m) => m.messageId)).toEqual(['missing']);
  });
});

new RuleTester({ date: '2026-11-23' }).run(RULE, governorNamed, {
  valid: [
    '# Children Looked After Policy\n\nName of the Designated School Governor for CLA and PLA\n\nJanene Hails\n',
    '# Children Looked After Policy\n\nThe designated governor for looked-after children is Mrs J Mee.\n',
    '# Children Looked After Policy\n\nThe designated governor in school is Mrs J Mee\n',
    '# Children Looked After Policy\n\nGovernor with responsibility for Children Looked After - Sarah Keane\n',
    '# Children Looked After Policy\n\nWe will nominate a school governor (Sally Birkbeck) to ensure that the needs of CLA are met.\n',
    '# Children Looked After Policy\n\nNamed Governor for Children Looked After: Mrs J.Green\n',
    '# Children Looked After Policy\n\nLink Governor for LAC \u2013 Mr P Jones\n',
    '# Children Looked After Policy\n\nMr P Jones is the link governor for looked-after children.\n',
    '# Children Looked After Policy\n\nDesignated governor at Co-op Academy Woodlands:\n\nAnthony Molloy\n',
    // Policies that need not name this governor, or whose kind is unclear.
    '# Behaviour Policy\n\nThe governing body will nominate a designated governor for looked-after children.\n',
    '# Safeguarding and Child Protection Policy\n\nThe Safeguarding Governor is Susan Callistan.\n',
    '# Designated Teacher Policy\n\nThe designated teacher reports to the designated governor each term.\n',
    'Minutes\n\nThe designated governor reported to the board.\n',
  ],
  invalid: [
    { code: '# Children Looked After Policy\n\nDesignated Governor: TBC\n', errors: [{ messageId: 'placeholder', line: 3, column: 22 }] },
    { code: '# Behaviour Policy\n\nDesignated Governor for CLA: [name]\n', errors: [{ messageId: 'placeholder', line: 3 }] },
    {
      code: '# Children Looked After Policy\n\nName of the Designated School Governor for CLA and PLA\n\n..........\n',
      errors: [{ messageId: 'blank', line: 5, message: 'The governor for looked-after children is not named: "Name of the Designated School Governor for CLA and PLA" is left blank.' }],
    },
    {
      code: '# Children Looked After Policy\n\nThe governing body will nominate a designated governor for looked-after children.\n',
      errors: [{ messageId: 'missing', line: 3, message: 'The policy does not name its governor responsible for looked-after and previously looked-after children.' }],
    },
    // Governors for other things are not this one.
    { code: '# Children Looked After Policy\n\nThe Safeguarding Governor is Susan Callistan.\n', errors: [{ messageId: 'missing', line: 1 }] },
    { code: '# Children Looked After Policy\n\nLink governor for safeguarding: Philippa Burke\n', errors: [{ messageId: 'missing' }] },
    { code: '# Children Looked After Policy\n\nChair of Governors: Anthony Molloy\n', errors: [{ messageId: 'missing' }] },
    { code: '# Policy for Children with a Social Worker\n\nThe designated governor is the Chair of Governors.\n', errors: [{ messageId: 'missing', line: 3 }] },
  ],
});
