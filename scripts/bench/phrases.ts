// Small phrase builders shared by the incident templates: numbers, casualty clauses, times, sources.
import type { City } from './cities.js';
import type { Rng } from './prng.js';
import { AGENCIES, GENERIC_GROUPS, GROUPS_BY_COUNTRY, MONTHS, NUMBER_WORDS, SOURCES, VICTIMS, WEEKDAYS } from './vocabulary.js';

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "three" or "3": wire copy spells out small numbers, not always. */
export function num(rng: Rng, n: number): string {
  return n < NUMBER_WORDS.length && n > 0 && rng.chance(0.7) ? NUMBER_WORDS[n] : String(n);
}

export function dayMonth(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** How a report dates its event relative to its own publication date. */
export function whenPhrase(rng: Rng, published: Date, event: Date): string {
  const days = Math.round((published.getTime() - event.getTime()) / 86_400_000);
  const wd = WEEKDAYS[event.getUTCDay()];
  if (days === 0) return rng.pick([`on ${wd}`, `on ${wd} morning`, `early on ${wd}`, `on ${wd} afternoon`, 'earlier today']);
  if (days === 1) return rng.pick([`late on ${wd}`, `on ${wd} night`, `on ${wd} evening`, 'overnight']);
  return rng.pick([`on ${wd}`, `on ${dayMonth(event)}`]);
}

export function source(rng: Rng): string {
  if (rng.chance(0.25)) return `${rng.pick(['a security source', 'a police officer', 'a local official', 'a medic'])} told ${rng.pick(AGENCIES)}`;
  if (rng.chance(0.1)) return `${rng.pick(AGENCIES)} reported, citing ${rng.pick(['local officials', 'a security source', 'witnesses'])}`;
  return rng.pick(SOURCES);
}

export interface Toll { phrase: string; killed: number; injured: number }

/** "killing at least 7 people and wounding 12 others", or an explicit nobody-hurt. */
export function toll(rng: Rng, victims = rng.pick(VICTIMS)): Toll {
  const killed = rng.chance(0.15) ? 0 : rng.int(1, rng.chance(0.2) ? 60 : 12);
  const injured = rng.chance(0.25) ? 0 : rng.int(1, 40);
  if (killed === 0 && injured === 0) return { phrase: rng.pick(['but no one was hurt', 'causing no casualties', 'without causing casualties']), killed, injured };
  const bound = killed < 3 ? '' : rng.pick(['', '', 'at least ', 'more than ', 'up to ']);
  const kill = killed === 0 ? '' : killed === 1
    ? rng.pick(['killing one person', 'killing a civilian', 'leaving one person dead', 'killing a police officer'])
    : rng.pick([`killing ${bound}${num(rng, killed)} ${victims}`, `leaving ${bound}${num(rng, killed)} ${victims} dead`]);
  const wound = injured === 0 ? '' : rng.pick([`wounding ${num(rng, injured)} others`, `injuring ${num(rng, injured)}`, 'wounding several others', 'injuring dozens']);
  const phrase = kill && wound ? `${kill} and ${wound}` : kill || wound;
  return { phrase, killed, injured };
}

/** The perpetrator a report names: a group active in that country, or a generic description. */
export function perpetrator(rng: Rng, city: City): string {
  const named = GROUPS_BY_COUNTRY[city.cc];
  return named && rng.chance(0.6) ? rng.pick(named) : rng.pick(GENERIC_GROUPS);
}

/** Where in or around the city: "in central Kano", "about 20 km north of Kano", "on the outskirts of Kano". */
export function where(rng: Rng, city: City): string {
  const r = rng.next();
  if (r < 0.45) return `in ${city.name}`;
  if (r < 0.6) return `in ${rng.pick(['central', 'northern', 'southern', 'eastern', 'western'])} ${city.name}`;
  if (r < 0.75) return `on the outskirts of ${city.name}`;
  if (r < 0.88) return `about ${rng.int(5, 60)} km ${rng.pick(['north', 'south', 'east', 'west', 'northeast', 'southwest'])} of ${city.name}`;
  return `near ${city.name}, ${rng.chance(0.5) ? 'in' : 'in the north of'} ${city.country}`;
}

export function clockTime(rng: Rng): string {
  const h = rng.int(1, 12), m = rng.pick([0, 10, 15, 20, 30, 40, 45, 50]);
  return `${h}:${String(m).padStart(2, '0')} ${rng.pick(['am', 'pm'])}`;
}
