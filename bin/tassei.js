#!/usr/bin/env node
// The `tassei` command: runs the compiled command line (build it with `npm run build:cli`).
"use strict";
require("../dist/cli/cli/main.js").runFromProcess();
