#!/usr/bin/env node
// The package's command: runs cli.ts through tsx, so no build step is needed to use it.
require('tsx/cjs');
require('../cli');
