/**
 * A small model policy for the --model tests (test/compare): a title with a blank for the school's name,
 * a note to schools, and five numbered sections with blanks for a name and a date.
 */
export const MODEL = [
  '# [School name] Policy for Children Looked After',
  'Guidance note: schools should insert the name of their designated teacher below and delete this note before the policy is approved.',
  '## 1. The designated teacher',
  'The designated teacher for looked-after and previously looked-after children at [School name] is ..........',
  'The designated teacher must attend the training provided by the Virtual School at least every two years.',
  '## 2. Personal education plans',
  'The school will make sure that every looked-after child has a personal education plan that is reviewed each term with the Virtual School and the child’s carers.',
  'The designated teacher will make sure that the plan sets clear targets for attainment and progress and that the targets are followed up.',
  '## 3. Suspensions and exclusions',
  'The school will work with the Virtual School before any decision to suspend a looked-after child, and will consider every alternative to suspension first.',
  'The headteacher must inform the Virtual School Head on the day of any suspension and invite them to the reintegration meeting.',
  '## 4. Pupil Premium Plus',
  'Pupil Premium Plus will be used to support the targets in each child’s personal education plan, as agreed with the Virtual School Head.',
  '## 5. Review',
  'This policy was approved by the governing body on [date] and will be reviewed every year.',
];
