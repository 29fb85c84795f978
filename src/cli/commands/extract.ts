// `sitrep extract`: the incidents of each document, in the output contract of DESIGN.md.
import type { ExtractRecord } from '../../contract/mention.js';
import type { Command } from '../command.js';
import type { Io } from '../io.js';
import { perDocumentHelp, runPerDocument, type PerDocumentDeps } from '../per-document.js';

// Loaded on first use: the extraction pipeline is heavy, and `sitrep --help` should not wait for it.
async function defaultDeps(): Promise<PerDocumentDeps<ExtractRecord>> {
  const [{ readInputs }, { extractDoc, extractDocs, BATCH_SIZE }] = await Promise.all([import('../../sources/index.js'), import('../../extract.js')]);
  return { read: readInputs, process: extractDoc, processBatch: extractDocs, batchSize: BATCH_SIZE };
}

export function runExtract(args: string[], io: Io, deps: () => Promise<PerDocumentDeps<ExtractRecord>> = defaultDeps): Promise<number> {
  return runPerDocument('extract', args, io, deps);
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the incidents each document reports, one JSON line per document',
  help: perDocumentHelp('extract', 'Prints {"id","published","language","incidents":[Mention],"excluded","warnings"} per document.'),
  run: (args, io) => runExtract(args, io),
};
