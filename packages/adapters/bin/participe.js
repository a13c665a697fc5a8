#!/usr/bin/env node
// The `participe` command; its code is built into dist/ (see src/cli/participe.ts).
import '../dist/cli/participe.js';
