// Loads each added dataset, converts it to a JSONL input, runs `extract` or `annotate` on it and scores it.
// Inputs, predictions and the local error lists (these hold gold text: never commit them) go to .eval-out/.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type CaseResult, parseSnippets, scoreCase } from './case2021.js';
import { caseErrors, gwnErrors, tempEvalErrors, wikiEventsErrors } from './error-dumps.js';
import { type GwnResult, parseGwn, scoreGwn } from './geowebnews.js';
import { CASE2021_TSV, EVAL_OUT, GWN_XML, TEMPEVAL_DIR, WIKIEVENTS_DEV } from './paths.js';
import { type AnnotateRecord, runAnnotate, writeJsonlInput } from './run-annotate.js';
import { runExtract, type RunOptions } from './run-cli.js';
import { scoreTempEval, type TempEvalResult } from './tempeval.js';
import { dctDate, parseTimeml } from './timeml.js';
import { buildText, scoreWikiEvents, type WeDoc, type WikiEventsResult } from './wikievents.js';

export interface Commands { extract: RunOptions; annotate: RunOptions }
export interface Scored<T> { result: T; docs: number }

const out = (name: string) => join(EVAL_OUT, name);
/** Removes a dataset's predictions and error list from an earlier run, so a failed run leaves none behind. */
const fresh = (name: string) => ['.predictions.jsonl', '-errors.md'].forEach((x) => rmSync(out(name + x), { force: true }));
const save = (name: string, records: unknown[]) => writeFileSync(out(name), records.map((r) => JSON.stringify(r)).join('\n') + '\n');

export async function case2021(cmd: Commands): Promise<Scored<CaseResult>> {
  fresh('case2021');
  const snippets = parseSnippets(readFileSync(CASE2021_TSV, 'utf8'));
  writeJsonlInput(out('case2021-input.jsonl'), snippets.map((s) => ({ id: s.id, text: s.text })));
  const records = await runExtract(out('case2021-input.jsonl'), cmd.extract);
  save('case2021.predictions.jsonl', records);
  writeFileSync(out('case2021-errors.md'), caseErrors(snippets, records));
  return { result: scoreCase(snippets, records), docs: snippets.length };
}

export async function wikiEvents(cmd: Commands): Promise<Scored<WikiEventsResult>> {
  fresh('wikievents');
  const docs = readFileSync(WIKIEVENTS_DEV, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as WeDoc);
  writeJsonlInput(out('wikievents-input.jsonl'), docs.map((d) => ({ id: d.doc_id, text: buildText(d).text })));
  const records = await runExtract(out('wikievents-input.jsonl'), cmd.extract);
  save('wikievents.predictions.jsonl', records);
  writeFileSync(out('wikievents-errors.md'), wikiEventsErrors(docs, records));
  return { result: scoreWikiEvents(docs, records), docs: docs.length };
}

/** Every .tml file under the folder, once per file name (TBAQ-cleaned repeats a TimeBank file in testpipeline/). */
export function timemlFiles(dir: string): { files: string[]; duplicates: number } {
  const found = new Map<string, string>();
  let duplicates = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.tml')) {
        if (found.has(e.name)) duplicates++;
        else found.set(e.name, join(d, e.name));
      }
    }
  };
  walk(dir);
  return { files: [...found.values()].sort((a, b) => basename(a).localeCompare(basename(b))), duplicates };
}

export interface TempEvalRun extends TempEvalResult { duplicates: number; noDct: number }

export async function tempEval(cmd: Commands): Promise<Scored<TempEvalRun>> {
  fresh('tempeval3');
  const { files, duplicates } = timemlFiles(TEMPEVAL_DIR);
  const docs = files.map((f) => ({ id: basename(f, '.tml'), ...parseTimeml(readFileSync(f, 'utf8')) }));
  writeJsonlInput(out('tempeval3-input.jsonl'), docs.map((d) => {
    const published = dctDate(d.dct);
    return published ? { id: d.id, text: d.text, published } : { id: d.id, text: d.text };
  }));
  const records = await runAnnotate(out('tempeval3-input.jsonl'), cmd.annotate);
  save('tempeval3.predictions.jsonl', records.map(({ id, dates }) => ({ id, dates })));
  const result = scoreTempEval(docs, records);
  writeFileSync(out('tempeval3-errors.md'), tempEvalErrors(result));
  return { result: { ...result, duplicates, noDct: docs.filter((d) => !dctDate(d.dct)).length }, docs: docs.length };
}

export async function geoWebNews(cmd: Commands): Promise<Scored<GwnResult>> {
  fresh('geowebnews');
  const articles = parseGwn(readFileSync(GWN_XML, 'utf8'));
  writeJsonlInput(out('geowebnews-input.jsonl'), articles.map((a) => ({ id: a.id, text: a.text })));
  const records: AnnotateRecord[] = await runAnnotate(out('geowebnews-input.jsonl'), cmd.annotate);
  save('geowebnews.predictions.jsonl', records.map(({ id, places }) => ({ id, places })));
  writeFileSync(out('geowebnews-errors.md'), gwnErrors(articles, records));
  return { result: scoreGwn(articles, records), docs: articles.length };
}
