// node:util parseArgs, with its errors rewritten as short usage messages that say what was expected.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseOptions(args: string[], options: Options, allowPositionals: boolean): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true,
    });
    // --help itself is handled by the dispatcher before a command runs; it is declared here only so it parses.
    const { help: _help, ...rest } = values as Record<string, string | boolean | undefined>;
    return { values: rest, positionals };
  } catch (err) {
    throw new UsageError(rewrite(err as Error & { code?: string }));
  }
}

function rewrite(err: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option "${quoted}"`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `expected no arguments besides options, got "${quoted}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
      if (/ambiguous/.test(err.message)) return `${name} got a value starting with "-": write it as ${name}=VALUE`;
      if (/does not take/.test(err.message)) return `${name} takes no value`;
      return `${name} expects a value`;
    }
    default:
      throw err; // not a usage problem: a bug, let it surface
  }
}
