#!/usr/bin/env node
// `participe`: the command line of @participe/adapters (commands in main.ts).
import { main } from './main.js';

const result = await main(process.argv.slice(2), process.env);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
// `serve` has closed everything it opened; should a library still hold the event loop,
// this ends the process anyway (the timer itself does not keep it alive).
setTimeout(() => process.exit(), 5000).unref();
