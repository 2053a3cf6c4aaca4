/**
 * The plain-English advice shared by the adviser's reports (src/formatters/advice.ts): a reason, an
 * action and the guidance each finding rests on, taken from the guidance data (never a hard-coded year),
 * and the "feedback for the school" email.
 */
import { builtinRules } from '../../rules/index.js';
import { adviceFor, feedbackFor, schoolOf, shortExcerpt } from '../../src/formatters/advice.js';
import { defaultGuidance, editionInForce, formatInForce, mergeGuidance } from '../../src/guidance/index.js';
import type { Guidance } from '../../src/guidance/types.js';
import { Linter } from '../../src/linter.js';
import type { LintMessage, LintResult, RuleMeta } from '../../src/types.js';
import { AS_OF, CLEAN, CWD, DOCX, FATAL, MD, PDF, RULES_META } from './fixtures.js';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const kcsie = defaultGuidance.documents.kcsie;
/** The built-in rules' meta: their declared messages are where the advice comes from. */
const META: Record<string, RuleMeta> = Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta]));

function msg(ruleId: string | null, over: Partial<LintMessage> = {}): LintMessage {
  return { ruleId, severity: 2, message: 'x', line: 1, column: 1, ...over };
}

/** The findings one rule makes on a text, as of a date (with other guidance facts, if given). */
function lint(ruleId: string, text: string, date = AS_OF, guidance?: Guidance, filePath = 'p.md'): LintMessage[] {
  const rules: Record<string, 'off' | 'error'> = Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off' as const]));
  rules[ruleId] = 'error';
  return new Linter({ rules, date, guidance }).lintText(text, filePath).messages;
}

function kcsieMessage(cited: number, current: number, via: 'text' | 'url' = 'text'): LintMessage {
  const [m] = lint('kcsie-current', via === 'text' ? `We follow Keeping Children Safe in Education ${cited}.\n` : `See [the guidance](https://example.org/KCSIE_${cited}.pdf).\n`);
  expect(m.data).toMatchObject({ cited, current });
  return m;
}

function result(file: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  const errors = messages.filter((m) => m.fatal || m.severity === 2).length;
  return {
    filePath: `${CWD}/${file}`,
    messages,
    errorCount: errors,
    warningCount: messages.length - errors,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...extra,
  };
}

describe('adviceFor: what each rule declares for its messages, filled from the finding', () => {
  it('kcsie-current: the cited year, and the edition in force on the as-of date from the guidance data', () => {
    const current = editionInForce(kcsie, day(AS_OF))!;
    const advice = adviceFor(kcsieMessage(2022, current.year), { asOf: AS_OF, rulesMeta: META });
    expect(advice.reason).toMatch(
      new RegExp(`^The policy cites Keeping Children Safe in Education 2022; schools must follow the edition in force, ${current.label}, since ${formatInForce(current)}\\. `),
    );
    // As the brief puts it, for 2026-11-23 (KCSIE 2026 is in force from 1 September 2026).
    expect(advice.reason).toContain('The policy cites Keeping Children Safe in Education 2022; schools must follow the edition in force, KCSIE 2026, since 1 September 2026.');
    expect(advice.action).toMatch(/^Update the reference to KCSIE 2022 to KCSIE 2026, the edition schools must follow since 1 September 2026/);
    expect(advice.guidance).toEqual([
      expect.objectContaining({ title: kcsie.title, url: kcsie.url, year: current.year, edition: current.label, inForce: current.inForce, sources: current.sources }),
    ]);
  });

  it('kcsie-current: a link is a link', () => {
    const link = kcsieMessage(2022, 2026, 'url');
    expect(link.messageId).toBe('outdated-link');
    const advice = adviceFor(link, { asOf: AS_OF, rulesMeta: META });
    expect(advice.reason).toMatch(/^The policy links to Keeping Children Safe in Education 2022;/);
    expect(advice.action).toBe(`Replace the link to KCSIE 2022 with a link to KCSIE 2026: ${kcsie.url}`);
  });

  it('kcsie-current: an edition added in configuration is the one advised (no year is hard-coded)', () => {
    const guidance = mergeGuidance(defaultGuidance, { documents: { kcsie: { editions: [{ year: 2027, inForce: '2026-11-01' }] } } });
    const [m] = lint('kcsie-current', 'We follow KCSIE 2026.\n', AS_OF, guidance);
    const advice = adviceFor(m, { asOf: AS_OF, guidance, rulesMeta: META });
    expect(advice.reason).toContain('schools must follow the edition in force, KCSIE 2027, since 1 November 2026.');
    expect(advice.guidance[0].year).toBe(2027);
  });

  it('ap-hours-current: the school week and its sources', () => {
    const week = defaultGuidance.schoolWeek;
    const [m] = lint('ap-hours-current', 'Full-time alternative provision means 25 hours a week, rising to 32.5 hours by September 2023.\n');
    expect(m.messageId).toBe('below-expected-and-target-passed');
    const advice = adviceFor(m, { asOf: AS_OF, rulesMeta: META });
    expect(advice.reason).toContain(`Since 1 September 2024 schools have been expected to offer a school week of at least ${week.hours} hours`);
    expect(advice.reason).toContain('non-statutory');
    expect(advice.action).toBe(`State that full-time alternative provision means at least ${week.hours} hours a week, and remove the target date that has passed`);
    const doc = defaultGuidance.documents['length-of-school-week'];
    expect(advice.guidance).toEqual([
      expect.objectContaining({ title: doc.title, url: doc.url, year: editionInForce(doc, day(AS_OF))!.year, sources: week.sources, inForce: undefined, note: expect.stringMatching(/^At least 32\.5 hours a week/) }),
    ]);

    const changed = mergeGuidance(defaultGuidance, { schoolWeek: { hours: 33, expectedFrom: '2027-09-01' } });
    const [later] = lint('ap-hours-current', 'Full-time alternative provision means 25 hours a week.\n', '2027-10-01', changed);
    expect(adviceFor(later, { asOf: '2027-10-01', guidance: changed, rulesMeta: META }).reason).toContain(
      'Since 1 September 2027 schools have been expected to offer a school week of at least 33 hours',
    );
  });

  it('designated-teacher-named and suspension-methods-listed rest on their statutory guidance at the edition in force', () => {
    const dt = defaultGuidance.documents['designated-teacher'];
    const [blank] = lint('designated-teacher-named', '# Looked After Children Policy\n\nDesignated Teacher: ..........\n');
    expect(blank.messageId).toBe('blank');
    const named = adviceFor(blank, { asOf: AS_OF, rulesMeta: META });
    expect(named.reason).toContain('here the name is left blank');
    expect(named.action).toBe('Fill in the name of the designated teacher for looked-after and previously looked-after children');
    expect(named.guidance).toEqual([expect.objectContaining({ title: dt.title, url: dt.url, year: editionInForce(dt, day(AS_OF))!.year })]);
    const [role] = lint('designated-teacher-named', '# Looked After Children Policy\n\nDesignated Teacher: the SENCO\n');
    expect(adviceFor(role, { asOf: AS_OF, rulesMeta: META }).reason).toContain('gives a role (such as "the SENCO"), not the person');

    const se = defaultGuidance.documents['suspension-exclusion'];
    const [empty] = lint('suspension-methods-listed', 'We will use the following methods to avoid suspending a child with a social worker:\n');
    const methods = adviceFor(empty, { asOf: AS_OF, rulesMeta: META });
    expect(methods.reason).toContain('but no methods follow');
    expect(methods.guidance).toEqual([expect.objectContaining({ title: se.title, url: se.url, year: editionInForce(se, day(AS_OF))!.year })]);
    // Before the 2026 edition came into force, the advice cites the one in force then.
    expect(adviceFor(empty, { asOf: '2026-01-10', rulesMeta: META }).guidance[0].year).toBe(editionInForce(se, day('2026-01-10'))!.year);
  });

  it('review-date-current rests on the policy itself; passed, due soon and missing read differently', () => {
    const [passedMessage] = lint('review-date-current', 'Next review: June 2026\n');
    const passed = adviceFor(passedMessage, { rulesMeta: META });
    expect(passed.guidance).toEqual([]);
    expect(passed.basis).toBe("the policy's own review date");
    expect(passed.reason).toMatch(/^The policy's review date \(June 2026\) has passed/);
    expect(passed.action).toBe('Review the policy and set a new review date: the current one, June 2026, has passed');
    const [soon] = lint('review-date-current', 'Next review: December 2026\n');
    expect(soon.messageId).toBe('due-soon');
    expect(adviceFor(soon, { rulesMeta: META }).action).toBe('Plan the review that is due in December 2026, so governors can approve the updated policy in time');
    const [missing] = lint('review-date-current', '# Policy\n\nNo dates here.\n');
    expect(adviceFor(missing, { rulesMeta: META }).action).toBe('Add a next review date to the policy');
  });

  it('every message of every built-in rule declares its advice, and every rule a title for the reports', () => {
    for (const rule of builtinRules) {
      expect(rule.meta.title).toBeTruthy();
      for (const [id, spec] of Object.entries(rule.meta.messages ?? {})) {
        expect([rule.meta.id, id, typeof spec === 'object' && spec.reason && spec.action ? 'advised' : 'not advised']).toEqual([rule.meta.id, id, 'advised']);
        const advice = adviceFor(msg(rule.meta.id, { messageId: id }), { asOf: AS_OF, rulesMeta: META });
        expect(advice.basis).not.toBe(`the rule ${rule.meta.id}`);
        expect(advice.reason.length).toBeGreaterThan(40);
      }
    }
  });

  it('without the rules\' meta the advice is the message itself (nothing here knows a rule)', () => {
    const [m] = lint('review-date-current', 'Next review: June 2026\n');
    expect(adviceFor(m)).toEqual({ reason: m.message, action: m.message.replace(/\.$/, ''), guidance: [], basis: 'the rule review-date-current' });
  });

  it('an unreadable file, and a plugin rule that declares no advice', () => {
    const fatal = adviceFor(FATAL.messages[0]);
    expect(fatal.reason).toMatch(/could not be read/);
    expect(fatal.action).toMatch(/^Send the policy again as a Word document/);
    const plugin = adviceFor(msg('local/has-logo', { message: 'The school logo is missing.' }), {
      rulesMeta: { 'local/has-logo': { ...RULES_META['kcsie-current'], id: 'local/has-logo', description: 'The policy shows the school logo.' } },
    });
    expect(plugin.reason).toBe('The policy shows the school logo. The school logo is missing.');
    expect(plugin.action).toBe('The school logo is missing');
    expect(plugin.guidance).toEqual([]);
  });
});

describe('feedbackFor', () => {
  const current = editionInForce(kcsie, day(AS_OF))!;

  it('is a polite email naming the school, listing what to fix before governors sign off', () => {
    const r = result(
      'policies/oak.md',
      [
        msg('review-date-current', { line: 3, messageId: 'passed', data: { reviewDate: 'June 2026' }, message: "The policy's next review date, June 2026, has passed.", excerpt: 'Review: June 2026' }),
        { ...kcsieMessage(2022, current.year), line: 40, excerpt: "the current 'Keeping Children Safe in Education' September 2022" },
      ],
      { school: 'Oakfield Primary School', format: 'markdown' },
    );
    const text = feedbackFor(r, { asOf: AS_OF, cwd: CWD, rulesMeta: META });
    expect(text).toBe(
      [
        'Dear Oakfield Primary School,',
        '',
        'Thank you for sending your policy for children with a social worker. We have checked it against the guidance in force on 23 November 2026.',
        '',
        'Before governors sign it off, please:',
        '',
        '1. Review the policy and set a new review date: the current one, June 2026, has passed.',
        '   Line 3: “Review: June 2026”',
        '',
        `2. Update the reference to KCSIE 2022 to ${current.label}, the edition schools must follow since ${formatInForce(current)} (or simply refer to “the current edition of KCSIE”, so the policy does not date).`,
        "   Line 40: “the current 'Keeping Children Safe in Education' September 2022”",
        '',
        'Please do get in touch if anything here is unclear.',
        '',
        'Kind regards,',
        '',
      ].join('\n'),
    );
  });

  it('names the file when the policy does not name its school; warnings are suggestions', () => {
    const text = feedbackFor(DOCX, { asOf: AS_OF, cwd: CWD });
    expect(text.startsWith('Dear colleagues,\n\nThank you for sending your policy for children with a social worker (policies/trust.docx).')).toBe(true);
    expect(text).toContain('Before governors sign it off, you may want to:\n\n1. ');
    expect(text).not.toContain('please:');
    expect(schoolOf(DOCX)).toEqual({ name: 'trust.docx', fromDocument: false });
  });

  it('errors first, then warnings; a PDF place is a page; a Word place is the quoted text', () => {
    const md = feedbackFor(MD, { asOf: AS_OF, cwd: CWD });
    expect(md.indexOf('Before governors sign it off, please:')).toBeLessThan(md.indexOf('You may also want to:'));
    expect(feedbackFor(PDF, { asOf: AS_OF, cwd: CWD })).toContain('   Page 4, line 12: “The designated teacher is ..........”');
    const word = result('w.docx', [msg('designated-teacher-named', { line: 40, excerpt: 'Designated teacher: ____' })], { format: 'docx', school: 'Elm School' });
    expect(feedbackFor(word, { asOf: AS_OF, rulesMeta: META })).toContain('   Where it says “Designated teacher: ____”');
  });

  it('one item for the same action in several places', () => {
    const r = result(
      'p.md',
      [
        { ...kcsieMessage(2022, 2026), line: 10, excerpt: 'KCSIE 2022' },
        { ...kcsieMessage(2022, 2026), line: 90, excerpt: 'Keeping Children Safe in Education 2022' },
      ],
      { school: 'Ash School' },
    );
    const text = feedbackFor(r, { asOf: AS_OF, rulesMeta: META });
    expect(text.match(/^\d\. /gm)).toEqual(['1. ']);
    expect(text).toContain('   Line 10: “KCSIE 2022”\n   Line 90: “Keeping Children Safe in Education 2022”');
  });

  it('a clean policy, and a file that could not be read', () => {
    const clean = feedbackFor(CLEAN, { asOf: AS_OF, cwd: CWD });
    expect(clean).toContain('found nothing that needs to change before governors sign it off.');
    expect(clean.endsWith('Kind regards,\n')).toBe(true);
    const fatal = feedbackFor(FATAL, { asOf: AS_OF, cwd: CWD });
    expect(fatal).toContain('Unfortunately we could not open the file you sent (could not read this PDF: it is encrypted), so we have not been able to check it.');
    expect(fatal).toContain('Please send the policy again as a Word document (.docx) or as a PDF with selectable text');
  });

  it('keeps excerpts to one short line; a long URL by its file name', () => {
    expect(shortExcerpt('a\n  b')).toBe('a b');
    expect(shortExcerpt('word '.repeat(40)).length).toBeLessThanOrEqual(90);
    expect(shortExcerpt(`https://assets.publishing.service.gov.uk/${'x/'.repeat(40)}KCSIE_2022_revised.pdf`)).toBe('…/KCSIE_2022_revised.pdf');
  });
});
