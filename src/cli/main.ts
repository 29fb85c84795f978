#!/usr/bin/env node
// The `sitrep` binary.
import { dispatch } from './dispatch.js';
import { processIo } from './io.js';

// `sitrep extract ... | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await dispatch(process.argv.slice(2), processIo());
