/**
 * `sarif`: SARIF 2.1.0 (OASIS), one run, for GitHub code scanning and other SARIF viewers.
 *
 * - `tool.driver.rules`: every rule in `context.rulesMeta` (the rules that ran), plus any rule that
 *   reported but has no meta, each with its description, docs URL (`helpUri`) and default level.
 * - `results`: one per non-fatal message: `ruleId`, `ruleIndex`, `level` (error | warning),
 *   `message.text`, and a physical location whose `artifactLocation.uri` is relative to cwd (forward
 *   slashes, percent-encoded) against `uriBaseId` `%SRCROOT%`.
 *   For Markdown and text files the location has a `region` (startLine, startColumn, endLine,
 *   endColumn: columns in UTF-16 code units, end column exclusive, as ESLint's). For PDF and Word
 *   documents, whose lines are not lines of the file, the location names the file only; the page and
 *   line (or paragraph) start the message text and are also in the result's `properties`.
 * - Fatal messages (a file that could not be read, a rule that crashed) are not results: they are
 *   `toolExecutionNotifications` of `invocations[0]`, whose `executionSuccessful` is false when there is
 *   one.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage, RuleMeta, SeverityName } from '../types.js';
import type { Formatter } from './types.js';
import { HOMEPAGE, TOOL_NAME, displayPath, hasFileLines, isError, longPosition, toolVersion, whereOf } from './util.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

type Level = 'none' | 'note' | 'warning' | 'error';

const LEVEL: Record<SeverityName, Level> = { off: 'none', warn: 'warning', error: 'error' };

interface ReportingDescriptor {
  id: string;
  shortDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: Level; enabled?: boolean };
  properties?: Record<string, unknown>;
}

/** A relative URI reference for a file, percent-encoded segment by segment; file:// URL when absolute. */
export function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(filePath, cwd);
  if (path.isAbsolute(shown) || /^[A-Za-z]:\//.test(shown)) return { uri: pathToFileURL(shown).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function describe(meta: RuleMeta): ReportingDescriptor {
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    helpUri: meta.docs,
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity], ...(meta.defaultSeverity === 'off' ? { enabled: false } : {}) },
    properties: { fixable: meta.fixable },
  };
}

const sarif: Formatter = (results, context) => {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (descriptor: ReportingDescriptor): number => {
    let index = ruleIndex.get(descriptor.id);
    if (index === undefined) {
      index = rules.push(descriptor) - 1;
      ruleIndex.set(descriptor.id, index);
    }
    return index;
  };
  for (const [id, meta] of Object.entries(context.rulesMeta)) addRule(describe({ ...meta, id: meta.id || id }));

  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];

  for (const result of results) {
    const artifactLocation = artifactUri(result.filePath, context.cwd);
    for (const m of result.messages) {
      if (m.fatal) {
        notifications.push(notification(m, artifactLocation, m.ruleId ? addRule({ id: m.ruleId }) : undefined));
        continue;
      }
      const where = whereOf(result, m);
      const index = m.ruleId ? addRule({ id: m.ruleId }) : undefined;
      const physicalLocation: Record<string, unknown> = { artifactLocation };
      let text = m.message;
      let properties: Record<string, unknown> | undefined;
      if (hasFileLines(where)) {
        physicalLocation.region = region(m);
      } else {
        text = `${longPosition(where)}: ${text}`;
        properties =
          where.kind === 'pdf'
            ? { page: where.page, lineOnPage: where.line, column: where.column }
            : where.kind === 'docx'
              ? { paragraph: where.paragraph, column: where.column }
              : undefined;
      }
      sarifResults.push({
        ...(m.ruleId ? { ruleId: m.ruleId, ruleIndex: index } : {}),
        level: isError(m) ? 'error' : 'warning',
        message: { text },
        locations: [{ physicalLocation }],
        ...(properties || m.excerpt ? { properties: { ...properties, ...(m.excerpt ? { excerpt: m.excerpt } : {}) } } : {}),
      });
    }
  }

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            informationUri: HOMEPAGE,
            version: toolVersion(),
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

function region(m: LintMessage): Record<string, number> {
  const r: Record<string, number> = { startLine: Math.max(1, m.line) };
  if (m.column >= 1) r.startColumn = m.column;
  if (m.endLine !== undefined && m.endLine >= r.startLine) r.endLine = m.endLine;
  if (m.endColumn !== undefined && m.endColumn >= 1) r.endColumn = m.endColumn;
  return r;
}

function notification(m: LintMessage, artifactLocation: ReturnType<typeof artifactUri>, ruleIdx: number | undefined): unknown {
  return {
    level: 'error',
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation } }],
    ...(m.ruleId && ruleIdx !== undefined ? { associatedRule: { id: m.ruleId, index: ruleIdx } } : {}),
  };
}

export default sarif;
