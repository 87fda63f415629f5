#!/usr/bin/env node
// kumo: the command-line client (see pkg/cli/main.ts).
import { main } from '../../pkg/cli/main.js';

// `kumo ... | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// grpc-js sends an IP address as the TLS server name (`--url https://127.0.0.1:...`), which Node
// reports as deprecated (DEP0123) on every command: nothing a CLI user can act on.
process.noDeprecation = true;

process.exitCode = await main(process.argv.slice(2));
