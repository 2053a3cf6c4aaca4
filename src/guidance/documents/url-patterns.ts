/** Building blocks of the documents' URL patterns: a file name or link target that carries an edition's year. */

/** One or more separators in a file name or link target: _ - . + space or %20. */
export const SEP = '(?:[_\\-\\s+.]|%20)+';
export const YEAR = '((?:19|20)\\d\\d)(?!\\d)';

/**
 * A URL pattern: the title's words (a regular-expression fragment each) joined by separators, then within
 * `gap` further words ("guidance_July_") the edition year, captured as group 1.
 * titleThenYear('behaviour in schools') reads 2022 in Behaviour_in_Schools_guidance_July_2022.pdf.
 */
export function titleThenYear(words: string, gap = 3): RegExp {
  return new RegExp(`(?<![a-z\\d])${words.split(' ').join(SEP)}${SEP}(?:[a-z]+${SEP}){0,${gap}}?${YEAR}`, 'i');
}
