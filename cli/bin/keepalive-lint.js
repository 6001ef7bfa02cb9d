#!/usr/bin/env node
'use strict';
// The command is eslint-plugin-keepalive's; this package brings what it needs in any folder (ESLint, the
// TypeScript parser, the SARIF formatter), and the plugin loads the optional ones from here.
require('eslint-plugin-keepalive/cli').runFromCommandLine([__dirname]);
