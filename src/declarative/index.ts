/**
 * Declarative rules: checks written in a configuration file (JSON or YAML) by people who do not write
 * code, in a few kinds that reuse the policy model and the built-in rules' machinery:
 *
 * - require-section: a section heading ("Safeguarding") must exist (model.sections);
 * - require-named-role: a labelled role must name a person, with designated-teacher-named's judgement
 *   (src/checks/named-role.ts);
 * - stale-phrase: a regular expression over the text, with a message and an optional replacement;
 * - cite-current: citations of a guidance document must name the edition in force (src/checks/cite-current.ts,
 *   as kcsie-current does).
 *
 * A definition is checked when the configuration is read: an unknown kind, a bad regular expression or an
 * unknown guidance id is a ConfigError naming the definition.
 */
import { checkCitationsCurrent, CITE_CURRENT_MESSAGES } from '../checks/cite-current.js';
import { checkNamedRole, roleLabelPattern } from '../checks/named-role.js';
import { NAMED_ROLE_MESSAGES } from '../checks/named-role-messages.js';
import type { MessagesDeclaration } from '../common/messages.js';
import { compileSchema, ConfigError, suggest } from '../config.js';
import { defaultGuidance } from '../guidance/index.js';
import type { Guidance } from '../guidance/types.js';
import { excerptAround, spanIn } from '../kit/spans.js';
import type { RuleMeta, RuleModule, SeverityName } from '../types.js';
import type { RuleDefinition } from '../configfile/types.js';
import { definitionSchemas, describeSchemaError, formatPath, found, pickError } from '../configfile/schema.js';

export const DEFINITION_KINDS = Object.keys(definitionSchemas);

/** A rule name a definition may take: letters, digits, "-", "_", "." and "/" ("herts/dsl-named"). */
const RULE_NAME = /^[A-Za-z0-9@][\w@.-]*(?:\/[\w.-]+)*$/;

export interface CompileOptions {
  /** How to name the config file in errors. */
  file: string;
  /** The guidance the definitions may refer to (default: the built-in data). */
  guidance?: Guidance;
  /** The docs link when a definition gives none. */
  docs?: string;
}

function fail(file: string, message: string): never {
  throw new ConfigError(`${file}: ${message}.`);
}

function compileRegExp(file: string, where: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    fail(file, `${where} is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

function normaliseTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+/, '')
    .replace(/[:.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks one definition and turns it into a rule named `name`. */
export function compileDefinition(name: string, definition: unknown, options: CompileOptions): RuleModule {
  const file = options.file;
  const base = ['define', name];
  const where = formatPath(base);
  if (!RULE_NAME.test(name)) fail(file, `${where}: a rule name may use letters, digits, "-", "_", "." and "/" only`);
  if (!definition || typeof definition !== 'object' || Array.isArray(definition)) {
    fail(file, `${where} must be an object (keys and values) with a "kind", found ${found(definition)}`);
  }
  const def = definition as Record<string, unknown>;
  if (def.kind === undefined) fail(file, `${where} must have "kind" (one of ${DEFINITION_KINDS.map((k) => `"${k}"`).join(', ')})`);
  const schema = typeof def.kind === 'string' ? definitionSchemas[def.kind] : undefined;
  if (!schema) {
    const near = typeof def.kind === 'string' ? suggest(def.kind, DEFINITION_KINDS) : undefined;
    fail(file, `${where}.kind must be one of ${DEFINITION_KINDS.map((k) => `"${k}"`).join(', ')}, found ${found(def.kind)}${near ? ` (did you mean "${near}"?)` : ''}`);
  }
  const validate = compileSchema(schema);
  if (!validate(def)) fail(file, describeSchemaError(pickError(validate.errors!), def, base));
  const d = def as unknown as RuleDefinition;
  const guidance = options.guidance ?? defaultGuidance;
  const meta = (description: string, messages: MessagesDeclaration, usesDate = false, requiredIn?: RuleMeta['requiredIn']) => ({
    id: name,
    messages,
    requiredIn,
    description: d.description ?? description,
    docs: d.url ?? options.docs ?? '',
    defaultSeverity: 'error' as SeverityName,
    fixable: false,
    usesDate,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  });

  switch (d.kind) {
    case 'require-section': {
      const headings = (Array.isArray(d.heading) ? d.heading : [d.heading]).map((h) => h.trim());
      const wanted = headings.map(normaliseTitle);
      const exact = d.match === 'exact';
      const words = wanted.map((w) => new RegExp(`(?:^|\\b)${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?:\\b|$)`, 'i'));
      const names = headings.map((h) => `"${h}"`).join(' or ');
      return {
        meta: meta(`The policy has a ${names} section.`, { missing: d.message ?? 'The policy has no {{sections}} section.' }, false, d.requiredIn ?? 'every-kind'),
        check(context) {
          const found = context.model.sections.some((s) => {
            const title = normaliseTitle(s.title);
            if (!title) return false;
            return exact ? wanted.includes(title) : words.some((re) => re.test(title));
          });
          if (found || !context.required) return;
          context.report({ messageId: 'missing', at: 'document', data: { heading: headings[0], sections: names } });
        },
      };
    }
    case 'require-named-role': {
      const label = d.label ? compileRegExp(file, `${where}.label`, d.label, 'i') : roleLabelPattern(d.role);
      const exclude = d.exclude ? compileRegExp(file, `${where}.exclude`, d.exclude, 'i') : undefined;
      return {
        meta: meta(`The ${d.role} is named.`, NAMED_ROLE_MESSAGES, false, d.requiredIn ?? 'every-kind'),
        check(context) {
          checkNamedRole(context, { label, exclude, role: d.role });
        },
      };
    }
    case 'stale-phrase': {
      const flags = `${d.flags ?? 'i'}g`.replace(/(.)(?=.*\1)/g, '');
      const pattern = compileRegExp(file, `${where}.pattern`, d.pattern, flags);
      if (pattern.test('')) fail(file, `${where}.pattern matches empty text: it would report everywhere`);
      return {
        meta: meta(`Outdated wording: /${d.pattern}/${d.replacement ? ` (use "${d.replacement}")` : ''}.`, { stale: '"{{match}}" is outdated wording.' }),
        check(context) {
          for (const block of context.model.blocks) {
            if (block.kind === 'code' || block.kind === 'html') continue;
            const re = new RegExp(pattern.source, pattern.flags);
            let m: RegExpExecArray | null;
            while ((m = re.exec(block.text)) !== null) {
              if (m[0].length === 0) {
                re.lastIndex++;
                continue;
              }
              const text = m[0];
              const base = d.message ? d.message.replace(/\{\{\s*match\s*\}\}/g, text) : `"${text}" is outdated wording.`;
              const message = d.replacement ? `${base.replace(/\s*$/, '')}${/[.!?]$/.test(base.trim()) ? '' : '.'} Use "${d.replacement}" instead.` : base;
              context.report({
                message,
                span: spanIn(block, m.index, m.index + text.length),
                excerpt: excerptAround(block, m.index, m.index + text.length),
                messageId: 'stale',
                data: { match: text, replacement: d.replacement ?? null },
              });
            }
          }
        },
      };
    }
    case 'cite-current': {
      if (!guidance.documents[d.guidance]) {
        const near = suggest(d.guidance, Object.keys(guidance.documents));
        fail(
          file,
          `${where}.guidance: no guidance "${d.guidance}" in the knowledge data${near ? ` (did you mean "${near}"?)` : ''}; known: ${Object.keys(guidance.documents).join(', ')}`,
        );
      }
      const doc = guidance.documents[d.guidance];
      return {
        meta: meta(
          `Citations of ${doc.shortName} that name a year cite the edition in force.`,
          {
            outdated: { ...CITE_CURRENT_MESSAGES.outdated, guidance: [d.guidance] },
            'outdated-link': { ...CITE_CURRENT_MESSAGES['outdated-link'], guidance: [d.guidance] },
          },
          true,
        ),
        check(context) {
          checkCitationsCurrent(context, d.guidance);
        },
      };
    }
  }
}

/** Compiles a `define` map. */
export function compileDefinitions(define: Record<string, unknown>, options: CompileOptions): RuleModule[] {
  return Object.entries(define).map(([name, def]) => compileDefinition(name, def, options));
}
