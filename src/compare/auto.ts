/** `--model auto` on the command line: read the copies, infer their model, and keep it in a file for the workers. */
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config.js';
import { loadFile } from '../load/index.js';
import { parseMarkdown } from '../parse.js';
import { buildModel } from '../model/index.js';
import { defaultGuidance } from '../guidance/index.js';
import type { ReferencePolicy } from './align.js';
import { inferModel, type InferredModel } from './infer.js';
import { referenceFromMarkdown } from './reference.js';

/** The model inferred from the files (those that cannot be read are left out). */
export async function inferFromFiles(files: readonly string[]): Promise<InferredModel> {
  const copies = [];
  for (const file of files) {
    try {
      const doc = await loadFile(file);
      const model = buildModel(parseMarkdown(doc.markdown), doc.markdown, doc.artifacts, defaultGuidance);
      copies.push({ blocks: model.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html').map((b) => ({ text: b.text, heading: b.kind === 'heading' ? Math.max(1, b.depth) : 0 })) });
    } catch {
      // An unreadable copy tells nothing about the model; the batch reports it as usual.
    }
  }
  if (copies.length < 2) throw new ConfigError(`--model auto infers the model from the copies being linted: it needs at least two readable policies, and has ${copies.length}.`);
  return inferModel(copies);
}

/** The inferred model as the batch uses it: read, and written to a file the workers read. */
export async function autoReference(files: readonly string[]): Promise<{ reference: ReferencePolicy; model: { file: string; sha1: string }; inferred: InferredModel }> {
  const inferred = await inferFromFiles(files);
  const dir = await mkdtemp(join(tmpdir(), 'policy-lint-model-'));
  const file = join(dir, 'inferred-model.md');
  await writeFile(file, inferred.markdown);
  return {
    reference: referenceFromMarkdown(inferred.markdown, `the model inferred from ${inferred.copies} copies`),
    model: { file, sha1: createHash('sha1').update(inferred.markdown).digest('hex') },
    inferred,
  };
}
