/**
 * The built-in rules. The six that every school's policy is checked by and the four that compare a copy
 * with its model (--model; inert without one) are on by default (policy-lint:recommended); the adviser's
 * pack, `meta.recommended: false`, is off unless a config turns it on (`extends: [policy-lint:adviser]`).
 */
import type { RuleModule } from '../src/kit/index.js';
import academicYearValid from './academic-year-valid.js';
import apHoursCurrent from './ap-hours-current.js';
import designatedTeacherNamed from './designated-teacher-named.js';
import docxTrackedChanges from './docx-tracked-changes.js';
import dslNamed from './dsl-named.js';
import governorNamed from './governor-named.js';
import guidanceCurrent from './guidance-current.js';
import kcsieCurrent from './kcsie-current.js';
import modelBlankUnfilled from './model-blank-unfilled.js';
import modelInstructionsLeft from './model-instructions-left.js';
import modelIssueCurrent from './model-issue-current.js';
import modelSectionMissing from './model-section-missing.js';
import modelTextChanged from './model-text-changed.js';
import otherSchoolName from './other-school-name.js';
import placeholderLeft from './placeholder-left.js';
import requiredTopics from './required-topics.js';
import reviewCycleConsistent from './review-cycle-consistent.js';
import reviewDateCurrent from './review-date-current.js';
import suspensionMethodsListed from './suspension-methods-listed.js';
import virtualSchoolNamed from './virtual-school-named.js';

export const builtinRules: readonly RuleModule[] = [
  // Every school's policy (the mission's five, and Word's tracked changes).
  designatedTeacherNamed,
  kcsieCurrent,
  suspensionMethodsListed,
  apHoursCurrent,
  reviewDateCurrent,
  docxTrackedChanges,
  // A copy against its model (--model).
  modelSectionMissing,
  modelTextChanged,
  modelInstructionsLeft,
  modelBlankUnfilled,
  // The adviser's pack (policy-lint:adviser).
  guidanceCurrent,
  dslNamed,
  governorNamed,
  virtualSchoolNamed,
  placeholderLeft,
  otherSchoolName,
  modelIssueCurrent,
  academicYearValid,
  reviewCycleConsistent,
  requiredTopics,
];
