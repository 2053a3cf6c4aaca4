/**
 * Accuracy on real policies: `npm run accuracy` (scripts/accuracy.js) must keep recall and precision at
 * 0.95 or more on policy-lint's own development set and on ../shared/realworld (the shared folder is
 * beside the repository in CI). Runs the built CLI (npm test builds first), as a school would.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/lint.js';

describe('accuracy on real policies', () => {
  it('recall and precision are at least 0.95 on both labelled sets, and kinds fall on the right side', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'accuracy.js'), '--min', '0.95', '--verbose'], { cwd: ROOT, encoding: 'utf8' });
    const out = `${run.stdout}\n${run.stderr}`;
    // On failure the output lists every missed and extra finding.
    expect({ status: run.status, out }).toEqual({ status: 0, out: expect.stringContaining('fixtures/realworld') });
    expect(out).toContain('../shared/realworld');
    const kinds = /kinds: \d+\/(\d+) as labelled; (\d+)\/(\d+) on the right side/.exec(out);
    expect(kinds).not.toBeNull();
    expect(kinds![2]).toBe(kinds![3]);
  }, 120_000);
});
