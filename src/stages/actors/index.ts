// Actors: named armed groups, state forces and generic actor nouns ("gunmen", "soldiers") from the lexicon.
import type { ActorSpan } from '../../doc/doc.js';
import type { Stage } from '../../doc/stage.js';
import { layer } from '../../doc/doc.js';
import { actorIndex } from '../../lexicon/actors.js';
import { isCommonWord } from '../places/common-words.js';
import { isAllCaps } from '../sentences/index.js';

export const actorsStage: Stage = {
  name: 'actors',
  needs: ['tokens'],
  adds: ['actors'],
  run(doc) {
    const caps = isAllCaps(doc.text);
    const matches = actorIndex().match(doc.text, layer(doc, 'tokens'), undefined, (phrase) => caps && isCommonWord(phrase.toLowerCase()));
    doc.layers.actors = matches.map((m): ActorSpan => ({
      start: m.start, end: m.end, text: m.text, name: m.value.name, type: m.value.type, country: m.value.country, generic: m.value.generic,
    }));
  },
};
