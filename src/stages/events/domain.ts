// Sentences from other worlds that borrow war words: sport, fiction, drills, accidents, illness, weather.
// A trigger in such a sentence reports no security incident.
import { FragmentSet } from '../../lexicon/fragments.js';

const NON_CONFLICT = new RegExp(
  [
    String.raw`\b(novel|film|movie|drama|documentary|memoir|thriller|sequel|episode|chapter|screenplay|box office|premiere|actor|actress|author|reviewer|cinema|viewer|audience)s?\b`,
    String.raw`\b(match|goal|goalkeeper|midfielder|defender|penalty|kick-off|home side|away side|innings|wicket|batsm[ae]n|bowler|openers|tournament|league|championship|knockout|boxer|referee|fixture|scored|stadium crowd)s?\b`,
    String.raw`\bstriker\b`,
    String.raw`\b(drills?|military exercises?|live-fire|training exercise|war games|simulation|mock attack|rehearsal)\b`,
    String.raw`\b(heart attack|panic attack|asthma attack|cyber ?attacks?|shark attack|dog attack|controlled (explosion|detonation)|bomb disposal|fireworks)\b`,
    String.raw`\b(collision|collided|overturned|plunged|crash(ed)?|derailed|capsized|floods?|flooding|landslides?|earthquake|storm|cyclone|heavy rain|drowned|stampede)\b`,
    String.raw`\b(murder trial|trial of|shot down|shooting down|shoot down|into the air|assassination attempts|came under fire|under fire from|political attack|attack on (his|her|their) (budget|policy|record|rival)|war of words|price war)\b`,
    // Words used as weapons: "harshly attacked the president", "an attack on freedom of the press", "a shot in the arm".
    // "a social explosion", "the crisis that has exploded": a figure of speech, nothing blew up.
    String.raw`\b((social|population|demographic|economic|political|fascist) explosion|(crisis|conflict|scandal|dispute|confrontation|controversy|row|anger|tension|violence) (which |that )?(has |had )?exploded|(propaganda|leaflet|pamphlet) (bombs?|devices?)|to (distribute|scatter|spread) (\w+ )?(propaganda|leaflets|pamphlets))\b`,
    String.raw`\b((harshly|sharply|verbally|bitterly|strongly|fiercely|openly|publicly) (attacked|attacking|criticized)|attacks? (on|against) (the )?(freedom|democracy|constitution|human rights|(peace|electoral|democratic) process|opposition|press)|shot in the arm)\b`,
  ].join('|'),
  'i',
);

// "a train was derailed after hitting a dynamite charge": an accident word beside an explosive is sabotage.
const ACCIDENT = /\b(collision|collided|overturned|plunged|crash(ed)?|derailed|capsized)\b/i;
const EXPLOSIVE = /\b(bombs?|dynamite|explosives?|mines?|grenades?|rockets?|sabotage[ds]?)\b/i;

// "placed a bomb in a movie theater": a cinema or a stadium where something happened is a place, not a film or a match.
const VENUE = /\b(in|at|into|inside|outside|near|of) (a|an|the) ([\w-]+ )?(movie theat(er|re)s?|cinemas?|stadium)\b/gi;

// "two drones were shot down near the airport": air defence stopping a strike is disrupted weapons use, not
// the shooting down of a manned aircraft that "shot down" otherwise marks.
const INTERCEPTION = /\b(drones?|missiles?|rockets?|projectiles?|uavs?)\b[^.;]{0,40}\b(shot|shooting|shoot) down\b|\b(shot|shooting|shoot) down (\w+ ){0,3}(drones?|missiles?|rockets?|projectiles?|uavs?)\b/gi;

// Prefilter: every match of NON_CONFLICT, VENUE and INTERCEPTION holds one of these words (lower case), and most
// trigger sentences hold none of the first list: one scan for all of them instead of running the patterns (the
// NON_CONFLICT alternation alone was 1-2% of the extract profile). No word has a space next to a non-letter, so
// blanking a venue or an interception never makes one appear where the text had none.
const NON_CONFLICT_KEYS = [
  'novel', 'film', 'movie', 'drama', 'documentary', 'memoir', 'thriller', 'sequel', 'episode', 'chapter', 'screenplay', 'box office',
  'premiere', 'actor', 'actress', 'author', 'reviewer', 'cinema', 'viewer', 'audience',
  'match', 'goal', 'midfielder', 'defender', 'penalty', 'kick-off', 'home side', 'away side', 'innings', 'wicket', 'batsm', 'bowler',
  'openers', 'tournament', 'league', 'championship', 'knockout', 'boxer', 'referee', 'fixture', 'scored', 'stadium crowd',
  'striker',
  'drill', 'military exercise', 'live-fire', 'training exercise', 'war games', 'simulation', 'mock attack', 'rehearsal',
  'heart attack', 'panic attack', 'asthma attack', 'cyber', 'shark attack', 'dog attack', 'controlled explosion', 'controlled detonation',
  'bomb disposal', 'fireworks',
  'collision', 'collided', 'overturned', 'plunged', 'crash', 'derailed', 'capsized', 'flood', 'landslide', 'earthquake', 'storm',
  'cyclone', 'heavy rain', 'drowned', 'stampede',
  'murder trial', 'trial of', 'shot down', 'shooting down', 'shoot down', 'into the air', 'assassination attempts', 'came under fire',
  'under fire from', 'political attack', 'budget', 'policy', 'record', 'rival', 'war of words', 'price war',
  'social explosion', 'population explosion', 'demographic explosion', 'economic explosion', 'political explosion', 'fascist explosion',
  'exploded', 'propaganda', 'leaflet', 'pamphlet',
  'harshly', 'sharply', 'verbally', 'bitterly', 'strongly', 'fiercely', 'openly', 'publicly',
  'freedom', 'democracy', 'constitution', 'human rights', 'process', 'opposition', 'press', 'shot in the arm',
];
const VENUE_KEYS = ['movie theat', 'cinema', 'stadium'];
const INTERCEPTION_KEYS = ['shot down', 'shooting down', 'shoot down'];
const CUES = new FragmentSet([...NON_CONFLICT_KEYS, ...VENUE_KEYS, ...INTERCEPTION_KEYS]);
const NON_CONFLICT_CUE = 1, VENUE_CUE = 2, INTERCEPTION_CUE = 4;
const CUE_KIND = CUES.fragments.map((f) => (NON_CONFLICT_KEYS.includes(f) ? NON_CONFLICT_CUE : 0)
  | (VENUE_KEYS.includes(f) ? VENUE_CUE : 0) | (INTERCEPTION_KEYS.includes(f) ? INTERCEPTION_CUE : 0));

/** prefilter false runs every pattern; the answer is the same (the test compares them). */
export function isNonConflict(text: string, prefilter = true): boolean {
  let cues = NON_CONFLICT_CUE | VENUE_CUE | INTERCEPTION_CUE;
  if (prefilter) {
    cues = 0;
    for (const id of CUES.foundIn(text.toLowerCase())) cues |= CUE_KIND[id];
    if (!(cues & NON_CONFLICT_CUE)) return false;
  }
  let sentence = text;
  if (cues & VENUE_CUE) sentence = sentence.replace(VENUE, ' ');
  if (cues & INTERCEPTION_CUE) sentence = sentence.replace(INTERCEPTION, ' ');
  const m = sentence.match(NON_CONFLICT);
  if (!m) return false;
  if (ACCIDENT.test(m[0]) && EXPLOSIVE.test(sentence) && !NON_CONFLICT.test(sentence.replace(ACCIDENT, ' '))) return false;
  return true;
}

/** Words that show violence has an agent or an instrument; a generic "killed" or "attack" needs one. */
// "the Franciscan friars were killed in Quito": a killing at a place, not in an accident, is violent by itself.
const VIOLENT_CONTEXT = /\b(gunm[ae]n|militants?|insurgents?|attackers?|assailants?|terrorists?|rebels?|soldiers?|troops|police(men)?|forces|fighters|jihadists?|bandits?|guerrill?as?|subversives?|bombers?|snipers?|mob|armed (men|group|gang)s?|gangs?|cartel|army|militia(men|s)?|shot|shooting|gunfire|gunshot|bullets?|bombs?|explosives?|grenades?|rifles?|guns?|knife|knives|machetes?|stabbed|hacked|beheaded|ambush(ed)?|hostages?|kidnapp(ed|ers)|targeted (attack|strike|killing)|assassinat\w*|victims?|violent|brutal|deadly|bloody|wounded|injured|bodies|corpses?|(were|was) killed (in|near|at|outside|inside)(?! (an?|the) (\w+ )?(accident|crash|collision|fire|blaze|flood|landslide|storm|quake|earthquake|stampede)))\b/i;

export function hasViolentContext(sentence: string, actorsInSentence: number): boolean {
  return actorsInSentence > 0 || VIOLENT_CONTEXT.test(sentence);
}
