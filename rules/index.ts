/** The built-in rules, all on by default. */
import type { RuleModule } from '../src/kit/index.js';
import apHoursCurrent from './ap-hours-current.js';
import designatedTeacherNamed from './designated-teacher-named.js';
import docxTrackedChanges from './docx-tracked-changes.js';
import kcsieCurrent from './kcsie-current.js';
import reviewDateCurrent from './review-date-current.js';
import suspensionMethodsListed from './suspension-methods-listed.js';

export const builtinRules: readonly RuleModule[] = [
  designatedTeacherNamed,
  kcsieCurrent,
  suspensionMethodsListed,
  apHoursCurrent,
  reviewDateCurrent,
  docxTrackedChanges,
];
