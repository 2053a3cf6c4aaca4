/** Dates read as a person would: the forms schools write, the numbers that are not dates, positions, formatting. */
import { findDates, formatDateValue, parseDate, parseIsoDate, toIsoDate } from '../src/model/dates.js';
import type { DateValue } from '../src/model/types.js';

/** A date as [text, first day, last day, precision] for compact assertions. */
function view(v: DateValue): [string, string, string, string] {
  return [v.text, toIsoDate(v.start), toIsoDate(v.end), v.precision];
}

function one(text: string, options?: { bareYears?: boolean }): [string, string, string, string] {
  const found = findDates(text, options);
  expect(found).toHaveLength(1);
  return view(found[0]);
}

describe('findDates: forms', () => {
  it.each([
    // month and year
    ['June 2026', '2026-06-01', '2026-06-30', 'month'],
    ['Jun 2026', '2026-06-01', '2026-06-30', 'month'],
    ['Sept 2024', '2024-09-01', '2024-09-30', 'month'],
    ['Sep. 2024', '2024-09-01', '2024-09-30', 'month'],
    ['September, 2024', '2024-09-01', '2024-09-30', 'month'],
    ['february 2024', '2024-02-01', '2024-02-29', 'month'],
    ['09/2025', '2025-09-01', '2025-09-30', 'month'],
    // days in words
    ['1st September 2023', '2023-09-01', '2023-09-01', 'day'],
    ['31st July 2026', '2026-07-31', '2026-07-31', 'day'],
    ['1 September 2023', '2023-09-01', '2023-09-01', 'day'],
    ['22nd March 2024', '2024-03-22', '2024-03-22', 'day'],
    ['3rd Dec 2025', '2025-12-03', '2025-12-03', 'day'],
    ['1st of September 2025', '2025-09-01', '2025-09-01', 'day'],
    ['1 September, 2025', '2025-09-01', '2025-09-01', 'day'],
    ['Monday 1st September 2025', '2025-09-01', '2025-09-01', 'day'],
    ['Monday, 1 September 2025', '2025-09-01', '2025-09-01', 'day'],
    ['September 1st 2025', '2025-09-01', '2025-09-01', 'day'],
    ['September 1, 2025', '2025-09-01', '2025-09-01', 'day'],
    ['01-Sep-2025', '2025-09-01', '2025-09-01', 'day'],
    // days in figures, UK order
    ['01/09/2025', '2025-09-01', '2025-09-01', 'day'],
    ['1/9/25', '2025-09-01', '2025-09-01', 'day'],
    ['14/03/2027', '2027-03-14', '2027-03-14', 'day'],
    ['1.9.2025', '2025-09-01', '2025-09-01', 'day'],
    ['01-09-2025', '2025-09-01', '2025-09-01', 'day'],
    ['2025-09-01', '2025-09-01', '2025-09-01', 'day'],
    // terms and seasons
    ['Spring 2027', '2027-01-01', '2027-04-30', 'season'],
    ['Spring Term 2026', '2026-01-01', '2026-04-30', 'term'],
    ['Summer term 2026', '2026-05-01', '2026-08-31', 'term'],
    ['Autumn Term 2025', '2025-09-01', '2025-12-31', 'term'],
    ['autumn term of 2025', '2025-09-01', '2025-12-31', 'term'],
    ['Summer 2025', '2025-05-01', '2025-08-31', 'season'],
    ['Winter 2025', '2025-12-01', '2026-02-28', 'season'],
    ['Winter 2023', '2023-12-01', '2024-02-29', 'season'],
    ['Summer term 2025/26', '2026-05-01', '2026-08-31', 'term'],
    ['Autumn term 2025-26', '2025-09-01', '2025-12-31', 'term'],
    // academic years
    ['2025/26', '2025-09-01', '2026-08-31', 'academic-year'],
    ['2025-26', '2025-09-01', '2026-08-31', 'academic-year'],
    ['2025-2026', '2025-09-01', '2026-08-31', 'academic-year'],
    ['2025/2026', '2025-09-01', '2026-08-31', 'academic-year'],
    ['2025–26', '2025-09-01', '2026-08-31', 'academic-year'],
    ['1999/00', '1999-09-01', '2000-08-31', 'academic-year'],
  ])('%s', (text, start, end, precision) => {
    expect(one(`Next review: ${text}.`)).toEqual([text, start, end, precision]);
  });

  it('bare years only when asked', () => {
    expect(findDates('Review in 2026')).toEqual([]);
    expect(one('Review in 2026', { bareYears: true })).toEqual(['2026', '2026-01-01', '2026-12-31', 'year']);
  });
});

describe('findDates: the seed policies', () => {
  it.each([
    ['Adopted : June 2025', ['June 2025']],
    ['Review: June 2026', ['June 2026']],
    ['Last Reviewed\tDecember 2021\tNext Review:\tDecember 2025', ['December 2021', 'December 2025']],
    ['Approval Date: October 2023\tReview Date: September 2024', ['October 2023', 'September 2024']],
    ['Policy review date: November 2025', ['November 2025']],
    ['PUBLICATION DATE: September 2024\tIssue No. 13', ['September 2024']],
    ['In force from 1st September 2023, replacing the 2017 guidance.', ['1st September 2023']],
    ['The Designated Teacher ... is a Statutory Post and in 2023/2024 are:', ['2023/2024']],
    ['a social worker between 2012/13 and 2017/18 – equivalent to 1 in 10', ['2012/13', '2017/18']],
    ['For example, in the 2020/21 academic year Children in Need (CiN) lost an average of 4.1 months', ['2020/21']],
    ['full time (25 hours or 32.5 by September 2023) or contribute to full time', ['September 2023']],
    ["'DfE: Keeping Children Safe in Education' (All staff) September 2022, if there are", ['September 2022']],
  ])('%s', (text, expected) => {
    expect(findDates(text).map((d) => d.text)).toEqual(expected);
  });

  it('the phrasings schools use', () => {
    expect(findDates('Date of next review: 14/03/2027').map(view)).toEqual([['14/03/2027', '2027-03-14', '2027-03-14', 'day']]);
    expect(findDates('Policy to be reviewed annually — next: Spring Term 2026').map(view)).toEqual([
      ['Spring Term 2026', '2026-01-01', '2026-04-30', 'term'],
    ]);
    expect(findDates('Next review due 31st July 2026').map(view)).toEqual([['31st July 2026', '2026-07-31', '2026-07-31', 'day']]);
  });

  it('short academic years after a term or season ("Spring Term 18/19")', () => {
    expect(findDates('Date for review: Spring Term 18/19').map(view)).toEqual([['Spring Term 18/19', '2019-01-01', '2019-04-30', 'term']]);
    expect(findDates('review in Autumn 23-24').map(view)).toEqual([['Autumn 23-24', '2023-09-01', '2023-12-31', 'season']]);
    expect(findDates('Summer term 24/25').map(view)).toEqual([['Summer term 24/25', '2025-05-01', '2025-08-31', 'term']]);
    // Not consecutive years: not an academic year, and no shorter reading is left behind.
    expect(findDates('Spring Term 18/20')).toEqual([]);
  });

  it('words and figures glued together by PDF extraction', () => {
    expect(findDates('Dateofnextreview:September2017').map(view)).toEqual([['September2017', '2017-09-01', '2017-09-30', 'month']]);
    expect(findDates('ReviewDate:Sept2024').map(view)).toEqual([['Sept2024', '2024-09-01', '2024-09-30', 'month']]);
    expect(findDates('(UpdatedMarch2020)').map(view)).toEqual([['March2020', '2020-03-01', '2020-03-31', 'month']]);
    expect(findDates('Updated:30thMarch2020').map(view)).toEqual([['30thMarch2020', '2020-03-30', '2020-03-30', 'day']]);
    expect(findDates('Updated: 30 th March 2020').map(view)).toEqual([['30 th March 2020', '2020-03-30', '2020-03-30', 'day']]);
    expect(findDates('Thispolicywasupdatedon1stApril2020Thepolicymustbereviewed').map(view)).toEqual([
      ['1stApril2020', '2020-04-01', '2020-04-01', 'day'],
    ]);
    expect(findDates('Review:September2017Signed').map((d) => d.text)).toEqual(['September2017']);
  });

  it('glued text does not turn words or codes into dates', () => {
    // A month glued to a year needs the year right after it, and in lower case it needs a word boundary.
    expect(findDates('Decision2025, Mayor2024, Marching2023, Octopus 2022, remay2019')).toEqual([]);
    // A capital before the title-case month: part of a code, not a date.
    expect(findDates('Ref XMay2019 and ABCSep2024')).toEqual([]);
  });

  it('short forms only a label makes a date: "18/19", "18-1-18"', () => {
    expect(findDates('scored 18/19 in the test and see 18-1-18')).toEqual([]);
    expect(view(parseDate('18/19')!)).toEqual(['18/19', '2018-09-01', '2019-08-31', 'academic-year']);
    expect(view(parseDate('18-1-18')!)).toEqual(['18-1-18', '2018-01-18', '2018-01-18', 'day']);
    expect(view(parseDate('1.9.25')!)).toEqual(['1.9.25', '2025-09-01', '2025-09-01', 'day']);
    expect(view(parseDate('Oct-25')!)).toEqual(['Oct-25', '2025-10-01', '2025-10-31', 'month']);
    expect(view(parseDate("Sept '24")!)).toEqual(["Sept '24", '2024-09-01', '2024-09-30', 'month']);
    expect(findDates('Oct-25 and Sept \'24 in prose')).toEqual([]);
    expect(parseDate('18/20')).toBeNull();
    expect(parseDate('31-2-19')).toBeNull();
  });

  it('"named teacher for 2023-34" is a typo, not an academic year (and not a bare year either)', () => {
    const text = 'Kathryn Dearn is the named teacher for 2023-34.';
    expect(findDates(text)).toEqual([]);
    expect(findDates(text, { bareYears: true })).toEqual([]);
    expect(parseDate(text)).toBeNull();
  });

  it('"2024-2024 (academic year)" is not an academic year', () => {
    expect(findDates('in ...2024-2024 (academic year) is Sarah Gilliver.', { bareYears: true })).toEqual([]);
  });
});

describe('findDates: numbers that are not dates', () => {
  it.each([
    ['phone number', 'Call 01992 556915 for advice'],
    ['time', 'The meeting starts at 10:30 and ends at 15.15'],
    ['time with seconds', 'logged at 12:09:2025'],
    ['section numbers', 'See section 3.1.2 and paragraph 4.12.3'],
    ['section number that looks like a short date', 'see 1.9.25 below'],
    ['a range with dashes and a short year', 'pages 1-9-25'],
    ['1.6 million', 'at least 1.6 million children have needed a social worker'],
    ['4.1 months', 'lost an average of 4.1 months of learning'],
    ['32.5 hours', 'full time (32.5 hours) or contribute to full time'],
    ['percentages', 'were 12.3% for all pupils and 41.2% for CiN'],
    ['a Bible reference', 'made in the image of God Genesis 1:26 27'],
    ['a model policy number', 'Plan (based on Model Policy CSF4093)'],
    ['an invalid day', 'Review on 31/02/2025'],
    ['an invalid day in words', 'Review on 30th February 2025'],
    ['an invalid ISO day', 'Review on 2025-02-30'],
    ['an invalid month', 'Review on 01/13/2025'],
    ['a US-order date is not read as one', 'Review on 09/30/2025'],
    ['a day and month without a year', 'Review on 1st September'],
    [
      'digits in a URL',
      'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/1080047/KCSIE_2022_revised.pdf',
    ],
    ['a dated URL path', 'see www.example.org.uk/news/2024/09/01/update and example.gov.uk/2023/24/report'],
    ['a file name', 'Behaviour_in_Schools_guidance_July_2022.pdf'],
    ['a month name inside a word', 'Decision 2025 and Mayor 2024 and Marching 2023'],
    ['a spaced 2-digit range', 'in 2019 - 20 pupils were excluded'],
    ['money', 'Pupil Premium Plus of £2,530 per child'],
  ])('%s', (_name, text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('an invalid day does not leave a shorter reading behind', () => {
    // Not "02/2025" (February 2025), not "February 2025".
    expect(findDates('31/02/2025 and 30 February 2025')).toEqual([]);
  });

  it('bare years: not in URLs, codes, phone numbers, money or decimals', () => {
    const text = 'CSF4093; 01992 556915; file/1080047/KCSIE_2022_revised.pdf; £2019; 2019.5; 2019%; v2019b';
    expect(findDates(text, { bareYears: true })).toEqual([]);
    expect(findDates('(Ofsted 2019).', { bareYears: true }).map((d) => d.text)).toEqual(['2019']);
  });
});

describe('findDates: positions and order', () => {
  it('gives each date its text as written and its index', () => {
    const text = 'Last Reviewed\tDecember 2021\tNext Review:\tDecember 2025';
    const found = findDates(text);
    expect(found.map((d) => [d.text, d.index])).toEqual([
      ['December 2021', 14],
      ['December 2025', 41],
    ]);
    for (const d of found) expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
  });

  it('takes the longest reading at a position and does not overlap', () => {
    const text = 'From Monday 1st September 2025 (01/09/2025) to 2025-09-05, then 2025/26 and Spring Term 2026.';
    expect(findDates(text).map((d) => [d.text, d.index])).toEqual([
      ['Monday 1st September 2025', 5],
      ['01/09/2025', 32],
      ['2025-09-05', 47],
      ['2025/26', 64],
      ['Spring Term 2026', 76],
    ]);
  });

  it('a weekday belongs to the date; a word before it does not', () => {
    const [d] = findDates('Meeting on Tuesday 2nd September 2025.');
    expect([d.text, d.index]).toEqual(['Tuesday 2nd September 2025', 11]);
  });

  it('a date at the very start and the very end of the string', () => {
    expect(findDates('June 2025 to June 2026').map((d) => [d.text, d.index])).toEqual([
      ['June 2025', 0],
      ['June 2026', 13],
    ]);
  });
});

describe('boundaries', () => {
  it('leap years', () => {
    expect(one('29/02/2024')).toEqual(['29/02/2024', '2024-02-29', '2024-02-29', 'day']);
    expect(findDates('29/02/2025')).toEqual([]);
    expect(findDates('29/02/2100')).toEqual([]); // 2100 is not a leap year
    expect(one('29/02/2000')[1]).toBe('2000-02-29'); // 2000 is
    expect(one('February 2028')).toEqual(['February 2028', '2028-02-01', '2028-02-29', 'month']);
    expect(one('Feb 2027')).toEqual(['Feb 2027', '2027-02-01', '2027-02-28', 'month']);
  });

  it('end of month', () => {
    expect(one('31st July 2026')[1]).toBe('2026-07-31');
    expect(findDates('31st June 2026')).toEqual([]);
    expect(one('30th June 2026')[1]).toBe('2026-06-30');
    expect(one('April 2026')[2]).toBe('2026-04-30');
    expect(one('December 2025')[2]).toBe('2025-12-31');
  });

  it('every Date is UTC midnight', () => {
    for (const d of findDates('1/9/25, June 2026, Spring 2027, 2025/26, Winter 2025, 2026', { bareYears: true })) {
      for (const x of [d.start, d.end]) {
        expect(x.getUTCHours() + x.getUTCMinutes() + x.getUTCSeconds() + x.getUTCMilliseconds()).toBe(0);
      }
    }
  });
});

describe('parseDate', () => {
  it('reads a field value, bare years allowed', () => {
    expect(view(parseDate('2026')!)).toEqual(['2026', '2026-01-01', '2026-12-31', 'year']);
    expect(view(parseDate('December 2025')!)).toEqual(['December 2025', '2025-12-01', '2025-12-31', 'month']);
    expect(view(parseDate('  to be agreed, then 14/03/2027')!)).toEqual(['14/03/2027', '2027-03-14', '2027-03-14', 'day']);
    expect(parseDate('Spring Term 2026 (or sooner)')?.precision).toBe('term');
  });

  it('returns the first date, and its index', () => {
    const d = parseDate('Date: October 2023 Review: 2024')!;
    expect([d.text, d.index]).toEqual(['October 2023', 6]);
  });

  it('returns null when there is no date', () => {
    expect(parseDate('Bushey St James Trust')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('Issue No. 13')).toBeNull();
  });
});

describe('formatDateValue', () => {
  it.each([
    ['June 2026', 'June 2026'],
    ['Jun 2026', 'June 2026'],
    ['Sept 2024', 'September 2024'],
    ['09/2025', 'September 2025'],
    ['1st September 2025', '1 September 2025'],
    ['01/09/2025', '1 September 2025'],
    ['Monday 1st September 2025', '1 September 2025'],
    ['2025-09-01', '1 September 2025'],
    ['Spring Term 2027', 'Spring term 2027'],
    ['summer term 2026', 'Summer term 2026'],
    ['Spring 2027', 'Spring 2027'],
    ['Winter 2025', 'Winter 2025'],
    ['2026', '2026'],
    ['2025-2026', 'academic year 2025/26'],
    ['2025/26', 'academic year 2025/26'],
    ['1999/2000', 'academic year 1999/00'],
  ])('%s -> %s', (text, expected) => {
    expect(formatDateValue(parseDate(text)!)).toBe(expected);
  });
});

describe('toIsoDate and parseIsoDate', () => {
  it('round-trips a UTC day', () => {
    const d = parseIsoDate('2026-11-23')!;
    expect(d.getTime()).toBe(Date.UTC(2026, 10, 23));
    expect(toIsoDate(d)).toBe('2026-11-23');
    expect(toIsoDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });

  it('uses the UTC day, not the local one', () => {
    expect(toIsoDate(new Date(Date.UTC(2025, 0, 1, 23, 59)))).toBe('2025-01-01');
  });

  it.each(['2025-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-9-1', '25-09-01', '2025-09-01T00:00', ' 2025-09-01', '01/09/2025', '', '0025-01-01'])(
    'rejects %j',
    (s) => {
      expect(parseIsoDate(s)).toBeNull();
    },
  );

  it('accepts a leap day', () => {
    expect(toIsoDate(parseIsoDate('2024-02-29')!)).toBe('2024-02-29');
  });
});
