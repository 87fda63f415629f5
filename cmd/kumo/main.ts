#!/usr/bin/env node
// kumo: the command-line client (see pkg/cli/main.ts).
import { main } from '../../pkg/cli/main.js';

// `kumo ... | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
