/**
 * Builds a deterministic benchmark corpus of N policies from the five seeds: different school names,
 * dates, KCSIE years, AP hours and designated teachers; some with the methods list removed. Not
 * byte-identical copies, so no cache or string interning flatters the figures.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Small seeded PRNG (mulberry32) so every run builds the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November', 'December'];
const PLACES = ['Ashwell', 'Barley', 'Cheshunt', 'Datchworth', 'Elstree', 'Flamstead', 'Goffs Oak', 'Hunsdon', 'Ickleford', 'Kimpton', 'Letchworth', 'Much Hadham', 'Northaw', 'Offley', 'Preston', 'Radlett', 'Sandon', 'Tring', 'Ware', 'Wymondley'];
const KINDS = ['Primary School', 'Junior School', 'Infant School', 'Academy', 'Church of England Primary School', 'Middle School'];
const PEOPLE = ['Jo Gant', 'Mrs A. Patel', 'Mr J. Okafor', 'Sarah Gilliver', 'Dr R. Osei', 'Kathryn Dearn', '..........', 'TBC'];

export function buildCorpus(seedsDir, outDir, count) {
  const marker = join(outDir, `.complete-${count}`);
  if (existsSync(marker)) return listCorpus(outDir);
  mkdirSync(outDir, { recursive: true });
  const seeds = readdirSync(seedsDir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({ name: f, ext: f.slice(f.lastIndexOf('.')), text: readFileSync(join(seedsDir, f), 'utf8') }));
  const rnd = random(20261123);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const files = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const school = `${pick(PLACES)} ${pick(KINDS)}`;
    let text = seed.text
      .replace(/\b(?:Edwinstree Middle School|Hartsfield(?: JMI)? School|Windermere Primary School|Bushey St James Trust)\b/g, school)
      .replace(/\b(Keeping Children Safe in Education['’]?(?:\s*\(All staff\))?\s*\(?)September (20\d\d)/g, (_, a) => `${a}September ${2019 + Math.floor(rnd() * 7)}`)
      .replace(/\b(Review(?: date)?:?\s*)(\w+) (20\d\d)/gi, (_, a) => `${a}${pick(MONTHS)} ${2024 + Math.floor(rnd() * 5)}`)
      .replace(/\bJo Gant\b|\bKathryn Dearn\b|Sarah Gilliver/g, () => pick(PEOPLE))
      .replace(/\(25 hours or 32\.5 by September 2023\)/g, () => pick(['(25 hours or 32.5 by September 2023)', '(32.5 hours)', '(30 hours)']));
    if (rnd() < 0.3) text = text.replace(/\n {1,3}- (?:o )?[^\n]+/g, '');
    text += `\n\nDocument reference ${i}: ${school}, copy ${Math.floor(rnd() * 1e6)}.\n`;
    const file = join(outDir, `policy-${String(i).padStart(5, '0')}${seed.ext}`);
    writeFileSync(file, text);
    files.push(file);
  }
  writeFileSync(marker, '');
  return files;
}

export function listCorpus(outDir) {
  return readdirSync(outDir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => join(outDir, f));
}
