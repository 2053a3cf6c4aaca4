/** `policy-lint --init`: a commented starter `.policylintrc.yaml` in the current directory. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from '../config.js';
import { CONFIG_FILES, PACKAGE_PROP } from './load.js';
import { readFileSync } from 'node:fs';

export const INIT_FILE = '.policylintrc.yaml';

export function starterConfig(): string {
  // The recommended rules at their severities; the adviser's pack commented out, ready to turn on one by one.
  const rules = builtinRules
    .map((r) => (r.meta.recommended === false ? `  # ${r.meta.id}: ${r.meta.defaultSeverity.padEnd(5)}  # (adviser) ${r.meta.description}` : `  ${r.meta.id}: ${r.meta.defaultSeverity.padEnd(5)}  # ${r.meta.description}`))
    .join('\n');
  return `# policy-lint configuration. policy-lint reads the nearest config file to each policy it lints
# (.policylintrc.yaml, .policylintrc.json, .policylintrc, policy-lint.config.js/.mjs, or "policyLint"
# in package.json), from the policy's folder up to the folder policy-lint runs in.
# Check what a policy gets with: policy-lint --print-config path/to/policy.md

# Presets: policy-lint:recommended (what a school needs before governors sign: the default),
# policy-lint:adviser (every built-in rule: the Virtual School adviser's checklist) or
# policy-lint:all (every built-in rule as an error). Shareable configs and plugin configs go here too:
# "policy-lint-config-herts", "./base.policylintrc.yaml", "plugin:herts/recommended".
extends:
  - policy-lint:recommended

# Rules and severities: off, warn or error; options as [severity, { ... }].
rules:
${rules}
  # review-date-current: [warn, { dueSoonDays: 60 }]

# The "as of" date every date-based rule uses (default: today; the --date option wins).
# asOf: "2026-11-23"

# Settings for some files only: globs relative to this file's folder, applied in order.
# overrides:
#   - files: ["trust/**"]
#     excludedFiles: ["trust/archive/**"]
#     rules:
#       designated-teacher-named: warn

# Guidance facts: add or correct an edition the day DfE publishes it, no release needed.
# knowledge:
#   editions:
#     kcsie:
#       - { year: 2027, inForce: "2027-09-01" }
#   schoolWeek:
#     hours: 32.5

# Plugins: rules written in JavaScript, by package or path. Their rules are named <plugin>/<rule>.
# plugins:
#   - policy-lint-plugin-herts
#   - ./local-rules.js

# Rules written here, without code; switch them on under "rules" like any other.
# Kinds: require-section, require-named-role, stale-phrase, cite-current.
# define:
#   local/safeguarding-section: { kind: require-section, heading: Safeguarding }
#   local/dsl-named: { kind: require-named-role, role: Designated Safeguarding Lead }
#   local/no-fixed-term: { kind: stale-phrase, pattern: "fixed[- ]term exclusions?", replacement: suspension }
#   local/behaviour-current: { kind: cite-current, guidance: behaviour-in-schools }
# and then, under rules:
#   local/dsl-named: error
`;
}

/** Writes the starter config; refuses when the directory already has a config. Returns the path. */
export async function writeStarterConfig(cwd: string): Promise<string> {
  for (const name of CONFIG_FILES) {
    const path = join(cwd, name);
    if (!existsSync(path)) continue;
    if (name === 'package.json') {
      try {
        const pkg = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        if (!(PACKAGE_PROP in pkg)) continue;
      } catch {
        continue;
      }
      throw new ConfigError(`package.json already has a "${PACKAGE_PROP}" configuration; --init will not write another.`);
    }
    throw new ConfigError(`${name} already exists; --init will not overwrite it.`);
  }
  const target = join(cwd, INIT_FILE);
  await writeFile(target, starterConfig(), { flag: 'wx' });
  return target;
}
