#!/usr/bin/env node
// The `aims` command: runs the compiled CLI (npm install builds it).
import { runCli } from '../dist/cli/main.js';

const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
