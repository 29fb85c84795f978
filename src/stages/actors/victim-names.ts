// The full names among a mention's victims, as extraction and fusion both compare them: people named by two words
// or more ("Luis Carlos Galan"), lower case. A single word ("Galan") is too often someone else.
import type { Mention } from '../../contract/mention.js';

export function victimFullNames(m: Mention): Set<string> {
  return new Set(m.victims.filter((v) => v.type === 'person' && v.name && /\S\s+\S/.test(v.name)).map((v) => v.name!.toLowerCase()));
}
