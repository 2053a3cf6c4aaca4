/**
 * Escaping for the HTML report. Policy text is untrusted input: everything that comes from a document
 * or a message (school names, file names, messages, excerpts, rule ids of plugins) goes through
 * escapeHtml; links are written only for http(s) URLs (safeUrl); and the data the browser script needs
 * is JSON that no string inside it can end early (jsonForScript).
 */

// Characters HTML cannot carry usefully: C0 controls but TAB, LF, CR; lone surrogates; U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML element content and for a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(UNSAFE_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside <script type="application/json">: no `<` (so no `</script>`, no `<!--`) and no raw `>` or `&`. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The URL if it is an absolute http(s) URL (links to anything else are not written). */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s"'<>`]+$/i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** A link to the URL if it is safe, else the text alone (in a span, so it keeps its class). */
export function link(text: string, url: string | undefined, className?: string): string {
  const safe = safeUrl(url);
  const cls = className ? ` class="${className}"` : '';
  if (!safe) return `<span${cls}>${escapeHtml(text)}</span>`;
  return `<a${cls} href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

/** A source note with the URLs in it as links ("https://a (note) ; https://b"). */
export function linkify(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s;,)]+/g)) {
    out.push(escapeHtml(text.slice(last, m.index)));
    out.push(link(m[0], m[0]));
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(escapeHtml(text.slice(last)));
  return out.join('');
}
