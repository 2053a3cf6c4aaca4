/**
 * CommonJS dependencies loaded the first time a run uses them, not at start-up: a one-file run that
 * validates no options, reads no YAML and matches no globs does not pay for Ajv, yaml or picomatch
 * (measured with `npm run bench`, figure (e)).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that requires `id` on its first call and returns the same module after. */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
