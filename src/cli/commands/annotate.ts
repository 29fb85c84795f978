// `sitrep annotate`: the analysis layers of each document (sentences, dates, places, numbers, actors) with offsets.
import type { AnnotateRecord } from '../../extract.js';
import type { Command } from '../command.js';
import type { Io } from '../io.js';
import { perDocumentHelp, runPerDocument, type PerDocumentDeps } from '../per-document.js';

async function defaultDeps(): Promise<PerDocumentDeps<AnnotateRecord>> {
  const [{ readInputs }, { annotateDoc, annotateDocs, BATCH_SIZE }] = await Promise.all([import('../../sources/index.js'), import('../../extract.js')]);
  return { read: readInputs, process: annotateDoc, processBatch: annotateDocs, batchSize: BATCH_SIZE };
}

export function runAnnotate(args: string[], io: Io, deps: () => Promise<PerDocumentDeps<AnnotateRecord>> = defaultDeps): Promise<number> {
  return runPerDocument('annotate', args, io, deps);
}

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'print the layers found in each document (sentences, dates, places, ...), one JSON line per document',
  help: perDocumentHelp('annotate', 'Prints {"id","text","excluded","sentences","dates","places","numbers","actors"} per document;\noffsets index "text". An "excluded" range other than a heading holds no other layer.'),
  run: (args, io) => runAnnotate(args, io),
};
