#!/usr/bin/env node
// Entry point: the CLI lives in dist/src/cli.js (built by `npm run build`, shipped in the package).
import { runCli } from '../dist/src/cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
});
process.exitCode = code;
