/**
 * YAML front matter at the very start of a Markdown document: "---", then YAML "key: value" lines, then
 * "---" (or "..."). A converted Word document that merely starts with a horizontal rule is not front
 * matter: every line between the fences must read as YAML (a key, a list entry, an indented
 * continuation, a comment or a blank), with at least one key.
 */
const KEY_LINE = /^[A-Za-z_][\w .-]*:(?:[ \t]|$)/;
const OTHER_YAML_LINE = /^(?:[ \t]+\S|[ \t]*-[ \t]|[ \t]*-$|[ \t]*#|[ \t]*$)/;

/** The number of lines the front matter takes, its fences included; 0 when there is none. */
export function frontMatterLines(text: string): number {
  if (!text.startsWith('---')) return 0;
  let start = 0;
  let keys = 0;
  for (let index = 0; ; index++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (index === 0) {
      if (line.trimEnd() !== '---') return 0;
    } else if (line.trimEnd() === '---' || line.trimEnd() === '...') {
      return keys > 0 ? index + 1 : 0;
    } else if (KEY_LINE.test(line)) {
      keys++;
    } else if (!OTHER_YAML_LINE.test(line)) {
      return 0;
    }
    if (nl < 0 || index > 200) return 0;
    start = nl + 1;
  }
}
