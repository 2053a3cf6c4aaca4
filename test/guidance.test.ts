/** The guidance facts: which edition is in force on a date, overrides, and the patterns that find citations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultGuidance,
  editionInForce,
  findEdition,
  formatInForce,
  GUIDANCE_DATA_AS_OF,
  guidanceStaleness,
  guidanceStalenessNotice,
  mergeGuidance,
  type Edition,
  type GuidanceDocument,
} from '../src/guidance/index.js';
import * as api from '../src/index.js';
import { parseIsoDate } from '../src/model/dates.js';
import { SEEDS } from './helpers/lint.js';

const day = (s: string) => parseIsoDate(s)!;
const kcsie = defaultGuidance.documents.kcsie;
const current = (doc: GuidanceDocument, date: string) => editionInForce(doc, day(date))?.year;

/** The year the first matching url pattern captures, as the model reads it. */
function urlYear(doc: GuidanceDocument, url: string): number | undefined {
  for (const re of doc.urlPatterns) {
    const m = re.exec(url);
    if (m && m[1]) return Number(m[1]);
  }
  return undefined;
}

const mentions = (doc: GuidanceDocument, text: string) => doc.mentionPatterns.some((re) => re.test(text));

describe('editionInForce', () => {
  it.each([
    ['2026-11-23', 2026],
    ['2026-09-01', 2026],
    ['2026-08-31', 2025],
    ['2025-09-01', 2025],
    ['2025-08-31', 2024],
    ['2024-09-01', 2024],
    ['2024-08-31', 2023],
    ['2018-09-02', 2016],
    ['2018-09-03', 2018],
    ['2016-09-05', 2016],
    ['2030-01-01', 2026],
  ])('KCSIE on %s is %s', (date, year) => {
    expect(current(kcsie, date)).toBe(year);
  });

  it('nothing is in force before the first edition', () => {
    expect(editionInForce(kcsie, day('2016-09-04'))).toBeUndefined();
  });

  it('KCSIE 2026, verified in the research of 2026-12-01, is in force from 1 September 2026', () => {
    const k2026 = findEdition(kcsie, 2026)!;
    expect(k2026).toMatchObject({ verified: true, inForce: '2026-09-01', label: 'KCSIE 2026' });
    expect(k2026.sources.length).toBeGreaterThan(8);
    expect(editionInForce(kcsie, day('2026-08-31'))?.label).toBe('KCSIE 2025');
    expect(editionInForce(kcsie, day('2026-09-01'))?.label).toBe('KCSIE 2026');
  });

  it('an unverified edition is never current, even past its in-force date', () => {
    const doc: GuidanceDocument = {
      ...kcsie,
      editions: [
        { year: 2025, label: 'X 2025', inForce: '2025-09-01', verified: true, sources: ['s'] },
        { year: 2026, label: 'X 2026', inForce: '2026-09-01', verified: false, sources: ['s'] },
      ],
    };
    expect(editionInForce(doc, day('2027-12-31'))?.year).toBe(2025);
    // The behaviour "edition" of 2026 is the separate mobile phones guidance: known, never current.
    const behaviour = defaultGuidance.documents['behaviour-in-schools'];
    expect(findEdition(behaviour, 2026)).toMatchObject({ verified: false, inForce: null });
    expect(findEdition(behaviour, 2026)!.notes).toMatch(/Not an edition of Behaviour in schools/);
  });

  it('an edition without an in-force date is never current', () => {
    const doc: GuidanceDocument = {
      ...kcsie,
      editions: [
        { year: 2020, label: 'X 2020', inForce: '2020-09-01', verified: true, sources: ['s'] },
        { year: 2024, label: 'X 2024', inForce: null, verified: true, sources: ['s'] },
      ],
    };
    expect(editionInForce(doc, day('2026-01-01'))?.year).toBe(2020);
  });

  it('other documents on 2026-11-23', () => {
    const docs = defaultGuidance.documents;
    expect(current(docs['suspension-exclusion'], '2026-11-23')).toBe(2026);
    expect(current(docs['suspension-exclusion'], '2026-07-25')).toBe(2023); // 2024's in-force date is unverified
    expect(current(docs['behaviour-in-schools'], '2026-11-23')).toBe(2024);
    expect(current(docs['working-together-safeguard'], '2026-11-23')).toBe(2026);
    expect(current(docs['working-together-attendance'], '2026-11-23')).toBe(2024);
    expect(current(docs['send-code'], '2026-11-23')).toBe(2015);
    expect(current(docs['school-admissions-code'], '2026-11-23')).toBe(2021);
    expect(current(docs['arranging-alternative-provision'], '2026-11-23')).toBe(2025);
    expect(current(docs['arranging-alternative-provision'], '2025-02-04')).toBe(2013);
    expect(current(docs['designated-teacher'], '2026-11-23')).toBe(2018);
    expect(current(docs['promoting-education-lac'], '2026-11-23')).toBe(2018);
    expect(current(docs['kinship-care-guidance'], '2026-11-23')).toBe(2024);
    expect(current(docs['mental-health-behaviour'], '2026-11-23')).toBe(2018);
    expect(current(docs['information-sharing'], '2026-11-23')).toBe(2024);
    expect(current(docs['non-school-ap-standards'], '2026-11-23')).toBe(2025);
  });

  it('Working Together to Safeguard Children 2026 from its publication on 18 March 2026', () => {
    const wt = defaultGuidance.documents['working-together-safeguard'];
    expect(current(wt, '2026-03-17')).toBe(2023);
    expect(current(wt, '2026-03-18')).toBe(2026);
    expect(findEdition(wt, 2026)).toMatchObject({ label: 'Working Together to Safeguard Children 2026', inForce: '2026-03-18', verified: true });
  });

  it('kinship care statutory guidance 2024 from 11 October 2024, replacing Family and Friends Care (2011)', () => {
    const kinship = defaultGuidance.documents['kinship-care-guidance'];
    expect(current(kinship, '2024-10-10')).toBe(2011);
    expect(current(kinship, '2024-10-11')).toBe(2024);
    expect(findEdition(kinship, 2024)!.sources).toContain('https://goodmanray.com/news/2024/11/new-statutory-guidance-on-kinship-care');
    expect(current(kinship, '2011-03-31')).toBeUndefined();
  });
});

describe('findEdition and formatInForce', () => {
  it('finds an edition by the year a policy cites', () => {
    expect(findEdition(kcsie, 2022)?.label).toBe('KCSIE 2022');
    expect(findEdition(kcsie, 2017)).toBeUndefined();
  });

  it('names the in-force day as a message does', () => {
    expect(formatInForce(findEdition(kcsie, 2025)!)).toBe('1 September 2025');
    expect(formatInForce(findEdition(kcsie, 2016)!)).toBe('5 September 2016');
    expect(formatInForce({ year: 2024, label: 'X', inForce: null, verified: true, sources: ['s'] })).toBe('an unknown date');
  });
});

describe('mergeGuidance', () => {
  const snapshot = () => JSON.stringify(defaultGuidance, (_k, v) => (v instanceof RegExp ? String(v) : v));

  it('an authority adding KCSIE 2027 makes it current from its in-force date, without changing the defaults', () => {
    const before = snapshot();
    const merged = mergeGuidance(defaultGuidance, { documents: { kcsie: { editions: [{ year: 2027, inForce: '2027-09-01' }] } } });
    expect(current(merged.documents.kcsie, '2027-09-01')).toBe(2027);
    expect(current(merged.documents.kcsie, '2027-08-31')).toBe(2026);
    expect(findEdition(merged.documents.kcsie, 2027)).toMatchObject({ verified: true, label: 'KCSIE 2027' });
    expect(findEdition(merged.documents.kcsie, 2027)!.sources).toEqual(['configuration']);
    // The defaults are untouched.
    expect(snapshot()).toBe(before);
    expect(current(kcsie, '2027-09-01')).toBe(2026);
    expect(findEdition(kcsie, 2027)).toBeUndefined();
    expect(merged.documents.kcsie).not.toBe(kcsie);
    expect(merged.documents.kcsie.editions).not.toBe(kcsie.editions);
  });

  it('an override that says verified: false stays unverified (an authority can withdraw a built-in edition)', () => {
    const merged = mergeGuidance(defaultGuidance, { documents: { kcsie: { editions: [{ year: 2026, verified: false }] } } });
    expect(current(merged.documents.kcsie, '2026-11-23')).toBe(2025);
    expect(findEdition(merged.documents.kcsie, 2026)!.sources).toContain('configuration');
  });

  it('adds a new edition in year order and corrects an existing one', () => {
    const merged = mergeGuidance(defaultGuidance, {
      documents: {
        kcsie: { editions: [{ year: 2027, inForce: '2027-09-01', sources: ['https://example.org/kcsie-2027'] }, { year: 2024, inForce: '2024-09-02' }] },
      },
    });
    const years = merged.documents.kcsie.editions.map((e) => e.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(findEdition(merged.documents.kcsie, 2027)).toMatchObject({ label: 'KCSIE 2027', sources: ['https://example.org/kcsie-2027'] });
    expect(current(merged.documents.kcsie, '2024-09-01')).toBe(2023);
    expect(current(merged.documents.kcsie, '2024-09-02')).toBe(2024);
    expect(findEdition(kcsie, 2024)!.inForce).toBe('2024-09-01');
  });

  it('overrides the school week', () => {
    const merged = mergeGuidance(defaultGuidance, { schoolWeek: { hours: 35 } });
    expect(merged.schoolWeek.hours).toBe(35);
    expect(merged.schoolWeek.expectedFrom).toBe('2024-09-01');
    expect(defaultGuidance.schoolWeek.hours).toBe(32.5);
  });

  it('rejects an unknown document and an impossible in-force date', () => {
    expect(() => mergeGuidance(defaultGuidance, { documents: { kcsei: { editions: [{ year: 2026 }] } } })).toThrow(/no guidance document "kcsei"/);
    expect(() => mergeGuidance(defaultGuidance, { documents: { kcsie: { editions: [{ year: 2026, inForce: '2026-02-30' }] } } })).toThrow(
      /YYYY-MM-DD/,
    );
    expect(() => mergeGuidance(defaultGuidance, { documents: { kcsie: { editions: [{ year: 26 }] } } })).toThrow(/four-digit year/);
  });

  it('the defaults cannot be changed in place', () => {
    expect(() => {
      (defaultGuidance.schoolWeek as { hours: number }).hours = 25;
    }).toThrow(TypeError);
    expect(() => {
      (kcsie.editions as Edition[]).push({ year: 2030, label: 'x', inForce: null, verified: true, sources: [] });
    }).toThrow(TypeError);
  });
});

describe('url patterns', () => {
  const pdf = readFileSync(join(SEEDS, 'hartsfield-jmi-from-pdf.txt'), 'utf8');
  const urls = pdf.match(/https?:\/\/\S+/g) ?? [];
  const docs = defaultGuidance.documents;

  it('the seed PDF\'s links: KCSIE_2022_revised.pdf, Behaviour_in_Schools_guidance_July_2022.pdf, ...', () => {
    const kcsieUrl = urls.find((u) => u.includes('KCSIE_2022_revised.pdf'))!;
    const behaviourUrl = urls.find((u) => u.includes('Behaviour_in_Schools_guidance_July_2022.pdf'))!;
    const suspensionUrl = urls.find((u) => u.includes('Suspension_and_Permanent_Exclusion_guidance_July_2022.pdf'))!;
    const vshUrl = urls.find((u) => u.includes('virtual_school_head_role_extension_2022.pdf'))!;
    expect(urlYear(kcsie, kcsieUrl)).toBe(2022);
    expect(urlYear(docs['behaviour-in-schools'], behaviourUrl)).toBe(2022);
    expect(urlYear(docs['suspension-exclusion'], suspensionUrl)).toBe(2022);
    expect(urlYear(docs['vsh-cwsw-kinship-extension'], vshUrl)).toBe(2022);
  });

  it('each seed URL cites at most the document it names', () => {
    const cited = urls.map((u) => Object.values(docs).filter((d) => urlYear(d, u) !== undefined).map((d) => d.id));
    for (const ids of cited) expect(ids.length).toBeLessThanOrEqual(1);
    expect(new Set(cited.flat())).toEqual(new Set(['kcsie', 'behaviour-in-schools', 'suspension-exclusion', 'vsh-cwsw-kinship-extension']));
  });

  it.each([
    ['KCSIE_2022_revised.pdf', 2022],
    ['https://example.sch.uk/keeping-children-safe-in-education-2023', 2023],
    ['Keeping_children_safe_in_education_2024.pdf', 2024],
    ['KCSiE-2021', 2021],
    ['https://safeguarding.network/kcsie2019/', 2019],
    ['DfE_KCSIE_Part_One_2024.pdf', 2024],
    ['Keeping_children_safe_in_education_part_one_2025.pdf', 2025],
    ['Keeping%20children%20safe%20in%20education%202024.pdf', 2024],
    ['keeping-children-safe-in-education-september-2024', 2024],
  ])('KCSIE: %s -> %s', (url, year) => {
    expect(urlYear(kcsie, url)).toBe(year);
  });

  it.each([
    'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
    'https://example.sch.uk/wp-content/uploads/2023/09/Keeping-children-safe-in-education.pdf',
    'https://example.sch.uk/kcsiem-2024',
    'https://example.sch.uk/uploads/2024/Safeguarding-policy.pdf',
  ])('KCSIE: no year in %s', (url) => {
    expect(urlYear(kcsie, url)).toBeUndefined();
  });

  it('other documents', () => {
    expect(urlYear(docs['behaviour-in-schools'], 'behaviour-in-schools-guidance-2024.pdf')).toBe(2024);
    expect(urlYear(docs['working-together-safeguard'], 'Working_together_to_safeguard_children_2023.pdf')).toBe(2023);
    expect(urlYear(docs['send-code'], 'SEND_Code_of_Practice_January_2015.pdf')).toBe(2015);
  });

  it('every url pattern captures the year in group 1', () => {
    for (const doc of Object.values(docs)) {
      for (const re of doc.urlPatterns) {
        expect(new RegExp(`${re.source}|`).exec('')!.length).toBe(2);
      }
    }
  });
});

describe('mention patterns', () => {
  it.each([
    'KCSIE',
    'KCSiE',
    'KCSE',
    'kcsie guidance',
    'the current KCSIE (2025)',
    'Keeping Children Safe in Education',
    "DfE: Keeping Children Safe in Education' September 2024",
    'keeping children\nsafe in education',
  ])('KCSIE is mentioned in %j', (text) => {
    expect(mentions(kcsie, text)).toBe(true);
  });

  it.each(['kcsiem', 'KCSIES', 'XKCSIE', 'keeping children safe', 'Keeping children safe is everyone\'s job', 'KCS'])(
    'KCSIE is not mentioned in %j',
    (text) => {
      expect(mentions(kcsie, text)).toBe(false);
    },
  );

  it('other documents, as the seeds cite them', () => {
    const docs = defaultGuidance.documents;
    expect(mentions(docs['behaviour-in-schools'], 'alongside the Behaviour in Schools Guidance 2022')).toBe(true);
    expect(
      mentions(docs['suspension-exclusion'], 'the new Suspension and Permanent Exclusion from Maintained Schools, Academies and Pupil Referral Units'),
    ).toBe(true);
    expect(mentions(docs['send-code'], 'in line with the SEND Code of Practice')).toBe(true);
    expect(mentions(docs['vsh-cwsw-kinship-extension'], 'Promoting the education of children with a social worker (publishing.service.gov.uk)')).toBe(true);
    expect(mentions(docs['suspension-exclusion'], 'a fixed-term exclusion')).toBe(false);
  });

  it('the documents added on 2026-12-01', () => {
    const docs = defaultGuidance.documents;
    expect(mentions(docs['kinship-care-guidance'], 'Kinship care: statutory guidance for local authorities (October 2024)')).toBe(true);
    expect(mentions(docs['kinship-care-guidance'], "DfE 'Family and Friends Care: Statutory Guidance for Local Authorities' (2011)")).toBe(true);
    expect(mentions(docs['kinship-care-guidance'], 'children in family and friends care arrangements')).toBe(false);
    expect(mentions(docs['kinship-care-guidance'], 'children in kinship care (non-statutory guidance extends the VSH role)')).toBe(false);
    expect(mentions(docs['mental-health-behaviour'], 'DfE Mental Health and Behaviour in Schools (2018)')).toBe(true);
    expect(mentions(docs['information-sharing'], 'Information sharing: advice for practitioners providing safeguarding services')).toBe(true);
    expect(mentions(docs['information-sharing'], 'Record keeping and information sharing. Seek advice from the DSL.')).toBe(false);
    expect(mentions(docs['non-school-ap-standards'], 'the DfE non-school alternative provision voluntary national standards')).toBe(true);
    // "Mental health and behaviour in schools" is not a mention of "Behaviour in schools".
    expect(mentions(docs['behaviour-in-schools'], 'DfE Mental Health and Behaviour in Schools (2018)')).toBe(false);
    expect(mentions(docs['behaviour-in-schools'], 'the DfE Behaviour in Schools guidance (2024)')).toBe(true);
  });

  it('patterns are case-insensitive and carry no state between uses', () => {
    for (const doc of Object.values(defaultGuidance.documents)) {
      for (const re of [...doc.mentionPatterns, ...doc.urlPatterns]) {
        expect(re.flags).toContain('i');
        expect(re.global || re.sticky).toBe(false);
      }
    }
  });
});

describe('the data', () => {
  const docs = Object.values(defaultGuidance.documents);

  it('has the documents the rules and the model need', () => {
    expect(Object.keys(defaultGuidance.documents)).toEqual(
      expect.arrayContaining([
        'kcsie',
        'behaviour-in-schools',
        'suspension-exclusion',
        'working-together-safeguard',
        'working-together-attendance',
        'send-code',
        'school-admissions-code',
        'arranging-alternative-provision',
        'designated-teacher',
        'promoting-education-lac',
        'kinship-care-guidance',
        'mental-health-behaviour',
        'information-sharing',
        'non-school-ap-standards',
      ]),
    );
    for (const [id, doc] of Object.entries(defaultGuidance.documents)) expect(doc.id).toBe(id);
  });

  it('KCSIE editions and in-force dates', () => {
    expect(kcsie.shortName).toBe('KCSIE');
    expect(kcsie.editions.map((e) => [e.year, e.inForce, e.verified])).toEqual([
      [2016, '2016-09-05', true],
      [2018, '2018-09-03', true],
      [2019, '2019-09-02', true],
      [2020, '2020-09-01', true],
      [2021, '2021-09-01', true],
      [2022, '2022-09-01', true],
      [2023, '2023-09-01', true],
      [2024, '2024-09-01', true],
      [2025, '2025-09-01', true],
      [2026, '2026-09-01', true],
    ]);
    expect(findEdition(kcsie, 2024)!.notes).toMatch(/2 September/);
  });

  it('every edition has a label, at least one source, a real in-force day or null, and a unique year', () => {
    for (const doc of docs) {
      expect(doc.mentionPatterns.length).toBeGreaterThan(0);
      expect(doc.url).toMatch(/^https:\/\//);
      const years = doc.editions.map((e) => e.year);
      expect(new Set(years).size).toBe(years.length);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      for (const e of doc.editions) {
        expect(e.label).toBeTruthy();
        expect(e.sources.length).toBeGreaterThan(0);
        for (const s of e.sources) expect(s.trim()).not.toBe('');
        if (e.inForce !== null) expect(parseIsoDate(e.inForce)).not.toBeNull();
      }
    }
  });

  it('the school week', () => {
    expect(defaultGuidance.schoolWeek).toMatchObject({ hours: 32.5, expectedFrom: '2024-09-01', originalTarget: '2023-09-01', statutory: false });
    expect(defaultGuidance.schoolWeek.summary).toMatch(/non-statutory/);
    expect(defaultGuidance.schoolWeek.summary).toMatch(/mainstream/);
    expect(defaultGuidance.schoolWeek.sources.length).toBeGreaterThan(0);
    expect(defaultGuidance.schoolWeek.sources.some((s) => s.includes('length-of-the-school-week'))).toBe(true);
  });
});

describe('guidanceStaleness: how old the built-in facts are on the as-of date', () => {
  it('the data was last checked against the research of 2026-12-01', () => {
    expect(GUIDANCE_DATA_AS_OF).toBe('2026-12-01');
  });

  it.each([
    ['2026-11-23', 0, false],
    ['2026-12-01', 0, false],
    ['2027-05-31', 5, false],
    ['2027-06-01', 6, false],
    ['2027-06-02', 6, true],
    ['2028-01-15', 13, true],
  ])('as of %s: %s whole months, stale %s', (asOf, months, stale) => {
    expect(guidanceStaleness(asOf)).toEqual({ checked: '2026-12-01', asOf, months, stale });
    expect(guidanceStaleness(day(asOf))).toEqual(guidanceStaleness(asOf));
  });

  it('counts calendar months, a short month taking its last day', () => {
    expect(guidanceStaleness('2027-02-28', '2026-08-31')).toMatchObject({ months: 6, stale: false });
    expect(guidanceStaleness('2027-03-01', '2026-08-31')).toMatchObject({ months: 6, stale: true });
  });

  it('the notice: none when fresh; when stale, how old the facts are and the config key that adds an edition', () => {
    expect(guidanceStalenessNotice(guidanceStaleness('2026-12-01'))).toBeUndefined();
    const notice = guidanceStalenessNotice(guidanceStaleness('2027-06-02'))!;
    expect(notice).toMatch(/last checked on 1 December 2026, more than 6 months before the as-of date \(2 June 2027\)/);
    expect(notice).toContain('knowledge.editions');
    expect(notice).toContain('--print-guidance');
    expect(notice).not.toContain('\n');
    expect(guidanceStalenessNotice(guidanceStaleness('2027-07-01'))).toMatch(/, 7 months before/);
  });

  it('a bad as-of date is a ConfigError', () => {
    expect(() => guidanceStaleness('2027-02-30')).toThrow(api.ConfigError);
  });

  it('is part of the programmatic API, with the data date', () => {
    expect(api.guidanceStaleness).toBe(guidanceStaleness);
    expect(api.guidanceStalenessNotice).toBe(guidanceStalenessNotice);
    expect(api.GUIDANCE_DATA_AS_OF).toBe(GUIDANCE_DATA_AS_OF);
    expect(api.editionInForce(kcsie, day('2026-11-23'))?.label).toBe('KCSIE 2026');
  });
});
