// The incident's place from the sentences around its own: wire copy often names the incident in one sentence
// ("... was killed last night") and says where in another ("The attack took place in the town of X",
// "X was machinegunned as he left his home in the La Mascota neighborhood", "The residence is located in ...").
import type { ActorSpan, PlaceSpan, Sentence } from '../../doc/doc.js';
import type { Mention, MentionLocation } from '../../contract/mention.js';
import { distanceKm } from '../../gazetteer/centre.js';
import { chooseLocation, isStatedHere, RANK, toLocation } from './locate.js';

// How far past the incident's last sentence a sentence about it may come.
const REACH = 2;
// A sentence that tells of another incident or turns to another matter.
// "Also" turns only where it opens the sentence: "the houses, which were also attacked" is the same incident.
const TURN = /\b(another|a second|separate|earlier|meanwhile|elsewhere|in addition|previously|last (week|month|year))\b|^\W*([\w-]+\W+){0,3}also\b/i;
// A sentence that speaks of the incident again.
const INCIDENT_NOUN = String.raw`(the|this|that)\s+(\w+\s+)?(attacks?|incidents?|explosions?|blasts?|bombings?|murders?|killings?|crimes?|kidnapping|abduction|massacre|ambush|assassination|shooting|action|events?)`;
// "The residence is located in the Campestre neighborhood": where the target was.
const BACK_REFERENCE = new RegExp(String.raw`\b${INCIDENT_NOUN}\b|\b(took place|occurred|happened|located|situated)\b|\b(is|are|was|were) in\b`, 'i');
// "The incident occurred in Sevilla": says so even when the sentence was read as an incident of its own.
const PLACE_OF_IT = new RegExp(String.raw`\b${INCIDENT_NOUN}\s+(\w+\s+){0,2}(took place|occurred|happened|was carried out)\b`, 'i');

// "what has happened in San Salvador", "the attack took place in Lima": said of the place itself, so a place abroad
// (from the reporter's country) is the incident's too.
const HAPPENED_IN = /\b(took place|occurred|happened|was carried out)\s+(in|at)\s+(the\s+)?$/i;

// How far beyond a place's own radius a place it contains may lie ("Soacha, near Bogota").
const WITHIN_SLACK_KM = 25;

/**
 * A place that says more than the one the incident has: a finer place, or one as fine that lies within it
 * ("Lima" then "the San Isidro neighborhood"), never a place elsewhere.
 */
function refines(host: MentionLocation, add: MentionLocation): boolean {
  const rank = (l: MentionLocation) => RANK[l.precision] ?? 0;
  if (rank(add) < rank(host) || (add.name === host.name && add.text === host.text)) return false;
  // As fine a place says more only when it is smaller: a locality placed at its town's point is no smaller.
  if (rank(add) === rank(host) && (add.radius_km ?? 0) >= (host.radius_km ?? 0)) return false;
  if (host.precision === 'country' || host.precision === 'region') return add.country === host.country;
  if (host.precision === 'admin1' && add.admin1 === host.admin1) return true;
  if (host.lat === null || host.lon === null || add.lat === null || add.lon === null) return false;
  return distanceKm({ lat: host.lat, lon: host.lon }, { lat: add.lat, lon: add.lon }) <= (host.radius_km ?? 0) + WITHIN_SLACK_KM;
}

export interface LookAheadInput {
  text: string;
  sentences: Sentence[];
  places: PlaceSpan[];
  actors: ActorSpan[];
  /** sentence indexes that are evidence of each incident, in the incidents' order */
  used: number[][];
  home: string | null;
}

/** Words that name the incident's people ("Rodriguez Porth", "Galan"): a sentence that names them is about it. */
function peopleWords(m: Mention): string[] {
  // Only named ones: "a judge" is any judge.
  const words = [...m.victims, ...m.targets].flatMap((a) => (a.name ? a.name.split(/[\s,.]+/) : []));
  return words.filter((w) => w.length > 3 && /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
}

const names = (words: () => Set<string>, people: string[]) => {
  // Most incidents name no one: no word set to build (it was 1% of the extract profile).
  if (people.length === 0) return false;
  const set = words();
  return people.some((w) => set.has(w));
};

/**
 * For each incident, the place a sentence about it states, when it is new or finer than the one it has: a sentence
 * between its own ones or just after them.
 */
export function lookAheadPlaces(input: LookAheadInput, mentions: Mention[]): void {
  const { text, sentences, places, actors, used, home } = input;
  const taken = new Set(used.flat());
  // Each incident reads the sentences after its own: a sentence's text and words are made once for them all.
  const bodies: string[] = [], wordSets: Set<string>[] = [];
  const bodyOf = (k: number) => (bodies[k] ??= text.slice(sentences[k].start, sentences[k].end).replace(/\s+/g, ' '));
  const wordsOf = (k: number) => (wordSets[k] ??= new Set(bodyOf(k).toLowerCase().split(/[^\p{L}]+/u)));
  // The places a sentence may give: of the report's country, or said to be where it happened; not "Rome's".
  const placeLists: PlaceSpan[][] = [];
  const placesFor = (k: number) => (placeLists[k] ??= places.filter((p) => (!home || p.country === home
    || HAPPENED_IN.test(text.slice(Math.max(sentences[k].start, p.start - 60), p.start))) && !/^['’]s\b/i.test(text.slice(p.end, p.end + 3))));
  mentions.forEach((m, n) => {
    const own = new Set(used[n]);
    const first = Math.min(...used[n]), last = Math.max(...used[n]);
    const people = peopleWords(m);
    for (let k = first + 1; k <= last + REACH && k < sentences.length; k++) {
      if (own.has(k)) continue;
      // Past the incident's own sentences, a turn to another matter or incident ends the search; within them it
      // skips the sentence.
      const stop = () => k > last;
      const s = sentences[k];
      const body = bodyOf(k);
      if (TURN.test(body)) { if (stop()) return; continue; }
      // Another incident's sentence, unless it says it is this one.
      const ownPeople = names(() => wordsOf(k), people);
      if (taken.has(k) && !ownPeople && !PLACE_OF_IT.test(body)) { if (stop()) return; continue; }
      if (!ownPeople && !BACK_REFERENCE.test(body)) continue;
      // "Galan's assassination", "Rome's ambassador": a name before 's or the victim's own name is no place here.
      const inCountry = people.length === 0 ? placesFor(k) : placesFor(k).filter((p) => !people.includes(p.text.toLowerCase()));
      const p = chooseLocation(text, s, { start: s.start, end: s.start }, inCountry, actors, []);
      if (!p || !isStatedHere(text, s, p)) continue;
      const add = toLocation(p, text, 'stated');
      // "THE RAID TOOK PLACE IN LA CEIBA, ... IN ARAUCA DEPARTMENT": said of the incident itself, the place
      // replaces one the first sentence gave in passing ("trucks carrying oil from ... in Arauca Department").
      const explicit = PLACE_OF_IT.test(body) && HAPPENED_IN.test(text.slice(Math.max(s.start, p.start - 60), p.start));
      if (!m.location || m.location.basis !== 'stated' || refines(m.location, add) || explicit) m.location = add;
      return;
    }
  });
}
