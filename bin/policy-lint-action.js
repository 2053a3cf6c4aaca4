#!/usr/bin/env node
// Entry point of the GitHub Action (action.yml): inputs, workspace, summary and output files come from
// the runner's environment. The logic lives in dist/src/action.js (built by `npm run build`).
import { runAction } from '../dist/src/action.js';

process.exitCode = await runAction(process.env, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
