// Picks the subcommand, prints help, and turns errors into messages and exit codes.
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type Command } from './command.js';
import type { Io } from './io.js';

// Command modules load on demand: `sitrep incidents` should not pay for loading the extraction pipeline.
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'print the incidents each document reports, one JSON line per document', load: async () => (await import('./commands/extract.js')).extractCommand },
  annotate: { summary: 'print the layers found in each document (dates, places, ...), one JSON line each', load: async () => (await import('./commands/annotate.js')).annotateCommand },
  ingest: { summary: 'extract documents and add their incidents to the database', load: async () => (await import('./commands/ingest.js')).ingestCommand },
  incidents: { summary: 'list stored incidents, newest first, as a table or JSON', load: async () => (await import('./commands/incidents.js')).incidentsCommand },
  history: { summary: 'show every revision of one incident and the report that caused it', load: async () => (await import('./commands/history.js')).historyCommand },
  export: { summary: 'write incidents as ACLED-style CSV, GeoJSON or JSON lines', load: async () => (await import('./commands/export.js')).exportCommand },
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: sitrep COMMAND [options]

sitrep turns news reports into a database of security incidents, each value pointing at its evidence.

commands:
${lines.join('\n')}

Run "sitrep COMMAND --help" for a command's options.
Exit status: 0 success, 1 failure (nothing could be read, the database could not be opened), 2 usage error.
`;
}

/** True when --help or -h appears before a "--" that ends the options. */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) { io.err(mainHelp()); return EXIT_USAGE; }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? args[0] : undefined;
    if (topic && COMMANDS[topic]) { io.out((await COMMANDS[topic].load()).help); return EXIT_OK; }
    io.out(mainHelp());
    return EXIT_OK;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.err(`sitrep: unknown command "${name}", expected one of ${Object.keys(COMMANDS).join(', ')}\nRun "sitrep --help" for usage.\n`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  if (wantsHelp(args)) { io.out(command.help); return EXIT_OK; }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`sitrep ${name}: ${err.message}\n${command.help.split('\n')[0]}\nRun "sitrep ${name} --help" for details.\n`);
      return EXIT_USAGE;
    }
    // A bug or broken infrastructure: say so plainly; the stack only on request, it means nothing to most users.
    io.err(`sitrep ${name}: ${(err as Error).message}\n`);
    if (process.env.SITREP_DEBUG) io.err(`${(err as Error).stack}\n`);
    return EXIT_FAILED;
  }
}
