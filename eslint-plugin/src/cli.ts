#!/usr/bin/env node
import { runFromCommandLine } from './cli/run';

// `node eslint-plugin/dist/cli.js` in this repository; the published command is the keepalive-lint package's bin.
void runFromCommandLine();
