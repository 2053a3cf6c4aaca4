#!/usr/bin/env node
// Entry point. `npm run build` compiles the CLI to dist/src/cli.js and bundles it into dist/cli/cli.js
// (scripts/bundle.js), which starts faster; where esbuild was not installed (an install without
// optional dependencies) there is no bundle, and the compiled modules run as they are.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/cli.js', import.meta.url);
const { runCli } = await import(existsSync(bundle) ? bundle.href : '../dist/src/cli.js');

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
});
process.exitCode = code;
