/** Words the limits' messages share, wherever the limit is checked (the loaders early, the parser exactly). */

/** How to raise the text limit, for the message (the CLI flag and the API option). */
export const RAISE_TEXT_LIMIT = 'raise it with --max-text-mb N (API option maxTextMb; 0: no limit)';

/** A size in MB (2^20 bytes) for a message: whole from 10 MB, one decimal below, two below 1 MB. */
export function megabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(mb < 1 ? 2 : 1))} MB`;
}
