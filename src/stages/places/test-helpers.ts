// Runs the stages the places layer needs on a sentence of our own, for the table-driven tests beside each rule.
import type { PlaceSpan } from '../../doc/doc.js';
import { newDoc } from '../../doc/doc.js';
import { cleanStage } from '../clean/index.js';
import { sentencesStage } from '../sentences/index.js';
import { placesStage } from './index.js';

export function placesOf(text: string): PlaceSpan[] {
  const doc = newDoc({ id: 't', text, published: null, title: null, url: null, source: null, language: null, origin: 't' });
  cleanStage.run(doc);
  sentencesStage.run(doc);
  placesStage.run(doc);
  return doc.layers.places!;
}

/** The place written as `written`, or a message naming what was found instead. */
export function placeWritten(text: string, written: string): PlaceSpan | string {
  const found = placesOf(text);
  return found.find((p) => p.text === written) ?? `no place "${written}" in: ${found.map((p) => `"${p.text}"`).join(', ') || 'nothing'}`;
}
