// Story templates, one per kind of report: a headline, a lead sentence and the paragraphs that follow it.
import type { City } from './cities.js';
import { cap, clockTime, num, perpetrator, source, toll, whenPhrase, where } from './phrases.js';
import type { Rng } from './prng.js';
import { ABDUCTEES, AGENCIES, CONTEXT, DEMANDS, FIRST_NAMES, FORCES, LAST_NAMES, MONTHS, PROTEST_EXTRAS, TARGETS, VEHICLES, VIOLENCE_EXTRAS } from './vocabulary.js';

export interface StoryInput { rng: Rng; city: City; other: City; published: Date; event: Date }
export interface Story { kind: string; headline: string; lead: string; body: string[] }

type Template = (s: StoryInput) => Story;

const rocket: Template = ({ rng, city, published, event }) => {
  const n = rng.int(2, 9), target = rng.pick(TARGETS), t = toll(rng), weapon = rng.pick(['rockets', 'mortar rounds', 'missiles']);
  return {
    kind: 'rocket', headline: cap(`${weapon} hit ${target.replace(/^(a|an|the) /, '')} in ${city.name}`),
    lead: `${cap(num(rng, n))} ${weapon === 'rockets' && rng.chance(0.3) ? 'Katyusha rockets' : weapon} ${rng.pick(['struck', 'landed near', 'hit'])} ${target} ${where(rng, city)} ${whenPhrase(rng, published, event)}, ${t.phrase}, ${source(rng)}.`,
    body: [
      `The ${rng.pick(['rockets', 'projectiles'])} were fired from ${rng.pick(['farmland', 'an open field', 'a nearby village', 'a moving vehicle'])} at about ${clockTime(rng)}, ${rng.pick(['officials', 'the spokesman', 'the statement'])} said. ${rng.chance(0.5) ? 'One rocket failed to explode and was later defused by an engineering team.' : 'Several cars parked nearby were damaged.'}`,
    ],
  };
};

const bombing: Template = ({ rng, city, published, event }) => {
  const t = toll(rng), device = rng.pick(['A roadside bomb', 'A car bomb', 'A suicide bomber', 'An explosive device', 'A bomb hidden in a motorcycle']);
  const verb = device === 'A suicide bomber' ? 'blew himself up next to' : rng.pick(['exploded next to', 'went off near', 'struck']);
  return {
    kind: 'bombing', headline: cap(`${t.killed > 0 ? `${t.killed < 10 ? num(rng, t.killed) : t.killed} killed as ` : ''}${device.replace(/^(A|An) /, '').toLowerCase()} ${t.killed > 0 ? 'hits' : 'targets'} ${city.name}`),
    lead: `${device} ${verb} ${rng.pick(VEHICLES.concat(TARGETS))} ${where(rng, city)} ${whenPhrase(rng, published, event)}, ${t.phrase}, ${source(rng)}.`,
    body: [
      t.killed > 2 ? `The death toll later rose to ${t.killed + rng.int(1, 6)}, ${source(rng)}.` : `The wounded were taken to hospital in ${city.name}, ${rng.chance(0.5) ? 'some of them in serious condition' : 'where doctors said their injuries were not life-threatening'}.`,
      rng.chance(0.5) ? 'No group immediately claimed responsibility for the attack.' : `${cap(perpetrator(rng, city))} claimed responsibility for the bombing in a statement posted online.`,
    ],
  };
};

const clash: Template = ({ rng, city, published, event }) => {
  const force = rng.pick(FORCES), group = perpetrator(rng, city), dead = rng.int(2, 30);
  return {
    kind: 'clash', headline: cap(`Fighting between ${force.replace(/^the /, '')} and ${group.replace(/^the /, '')} near ${city.name}`),
    lead: `${cap(rng.pick([`clashes broke out between ${force} and ${group}`, `${force} fought ${group} for several hours`, `heavy fighting erupted between ${force} and ${group}`]))} ${where(rng, city)} ${whenPhrase(rng, published, event)}, leaving ${num(rng, dead)} ${rng.pick(['fighters', 'people', 'militants and soldiers'])} dead, ${source(rng)}.`,
    body: [
      `${cap(num(rng, rng.int(2, 8)))} soldiers and ${num(rng, rng.int(2, 12))} civilians were among the wounded, ${source(rng)}.`,
      `The ${rng.pick(['army', 'ministry of defence'])} said its forces had regained control of the area, a claim that could not be independently verified.`,
    ],
  };
};

const shooting: Template = ({ rng, city, published, event }) => {
  const t = toll(rng), group = perpetrator(rng, city);
  return {
    kind: 'shooting', headline: cap(`Gunmen attack ${rng.pick(TARGETS).replace(/^(a|an|the) /, '')} in ${city.name}`),
    lead: `${cap(group)} opened fire on ${rng.pick(TARGETS)} ${where(rng, city)} ${whenPhrase(rng, published, event)}, ${t.phrase}, ${source(rng)}.`,
    body: [`The attackers fled ${rng.pick(['on motorcycles', 'in a pickup truck', 'on foot into nearby fields'])} before security forces arrived.`],
  };
};

const airStrike: Template = ({ rng, city, published, event }) => {
  const t = toll(rng);
  return {
    kind: 'air-strike', headline: cap(`Air strikes hit ${city.name}`),
    lead: `${rng.pick(['Air strikes', 'A drone strike', 'Warplanes'])} ${rng.pick(['hit', 'struck', 'targeted'])} ${rng.pick(TARGETS)} ${where(rng, city)} ${whenPhrase(rng, published, event)}, ${t.phrase}, ${source(rng)}.`,
    body: [`${cap(rng.pick(['rescue workers', 'residents']))} searched the rubble for survivors late into the night, ${source(rng)}.`],
  };
};

const abduction: Template = ({ rng, city, other, published, event }) => {
  const who = rng.pick(ABDUCTEES);
  return {
    kind: 'abduction', headline: cap(`${who.replace(/^(a|an|two|three|five|several) /, '')} kidnapped near ${city.name}`),
    lead: `${cap(perpetrator(rng, city))} abducted ${who} ${rng.chance(0.5) ? `on the road between ${city.name} and ${other.name}` : where(rng, city)} ${whenPhrase(rng, published, event)}, ${source(rng)}.`,
    body: [`The kidnappers have demanded a ransom, ${rng.pick(['relatives said', 'a family member told local media'])}. ${rng.chance(0.4) ? 'Police said a search operation was under way.' : 'Kidnappings for ransom have become common on the roads of the region.'}`],
  };
};

const protest: Template = ({ rng, city, published, event }) => {
  const demand = rng.pick(DEMANDS), violent = rng.chance(0.3);
  return {
    kind: violent ? 'riot' : 'protest', headline: cap(`${violent ? 'Protesters clash with police' : 'Thousands rally'} in ${city.name} over ${demand.replace(/^(an|the|a) /, '')}`),
    lead: `${rng.pick(['Thousands of', 'Hundreds of', 'Several thousand'])} ${rng.pick(['protesters', 'demonstrators', 'students', 'workers'])} marched through central ${city.name} ${whenPhrase(rng, published, event)} to demand ${demand}, ${source(rng)}.`,
    body: [violent
      ? `Police fired tear gas and rubber bullets as some protesters threw stones and set tyres on fire, injuring ${num(rng, rng.int(3, 40))} people, ${source(rng)}.`
      : `The protest was peaceful and ended in the evening, ${rng.pick(['organisers said', 'police said'])}.`],
  };
};

const advisory: Template = ({ rng, city, published, event }) => ({
  kind: 'advisory', headline: `Embassy warns citizens in ${city.name}`,
  lead: `The ${rng.pick(['US', 'British', 'French', 'German', 'Canadian'])} embassy in ${city.name} issued a security alert ${whenPhrase(rng, published, event)}, urging citizens to avoid ${rng.pick(['large gatherings', 'the city centre', 'hotels frequented by foreigners', 'the airport road'])} and to keep a low profile.`,
  body: [`The alert cited ${rng.pick(['credible reports of planned attacks', 'heightened tension after recent violence', 'a threat against foreign nationals'])} but gave no details. Travel advisories for ${city.country} were already at ${rng.pick(['level 3', 'level 4, do not travel'])}.`],
});

const politics: Template = ({ rng, city, published, event }) => ({
  kind: 'no-incident', headline: `${city.country} ${rng.pick(['cabinet approves budget', 'opens talks with lenders', 'announces new ministers'])}`,
  lead: `${cap(city.country)}'s government ${rng.pick(['approved a draft budget', 'announced a cabinet reshuffle', 'opened talks with international lenders'])} ${whenPhrase(rng, published, event)}, officials in ${city.name} said.`,
  body: [`The ${rng.pick(['finance minister', 'prime minister'])} is expected to travel abroad next week.`],
});

const COMMON_START = /^(A|An|The|Thousands|Hundreds|Several|Air|Warplanes|Clashes|Heavy|Unidentified|Suspected|Armed|Insurgents|Bandits|Security|Government|Soldiers|Police|Border|Special|Two|Three|Four|Five|Six|Seven|Eight|Nine)\b/;
/** Lower-cases the first word of a sentence that continues another, unless it is a name. */
const uncap = (s: string) => (COMMON_START.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

const KINDS: [Template, number][] = [[rocket, 14], [bombing, 18], [clash, 13], [shooting, 10], [airStrike, 8], [abduction, 10],
  [protest, 15], [advisory, 6], [politics, 6]];
const TOTAL = KINDS.reduce((s, [, w]) => s + w, 0);

function fill(rng: Rng, text: string, city: { name: string; country: string }): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'city': return city.name;
      case 'country': return city.country.replace(/^the /, '');
      case 'n': return String(rng.int(2, 9));
      case 'month': return rng.pick(MONTHS);
      case 'agency': return rng.pick(AGENCIES);
      case 'person': return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      default: throw new Error(`bench corpus: unknown placeholder {${key}} in "${text}"`);
    }
  });
}

/** A story of a random kind, with the common follow-up paragraphs a report of that kind adds. */
export function story(input: StoryInput): Story {
  const { rng, city } = input;
  let r = rng.next() * TOTAL;
  const template = KINDS.find(([, w]) => (r -= w) < 0)?.[0] ?? politics;
  const s = template(input);
  const violent = !['protest', 'riot', 'advisory', 'no-incident'].includes(s.kind);
  const own = violent ? rng.sample(VIOLENCE_EXTRAS, rng.int(3, 8)) : s.kind === 'protest' || s.kind === 'riot' ? rng.sample(PROTEST_EXTRAS, rng.int(2, 5)) : [];
  const extra = [...own, ...rng.sample(CONTEXT, rng.int(1, 6))].map((p) => fill(rng, p, city));
  if (violent && rng.chance(0.35)) extra.push(`In ${rng.pick(MONTHS)}, ${num(rng, rng.int(2, 20))} people were killed in a similar attack in ${city.name}, according to ${rng.pick(AGENCIES)}.`);
  if (s.kind !== 'no-incident' && rng.chance(0.2)) {
    const second = template({ ...input, city: input.other, other: city });
    extra.push(`In a separate incident ${rng.pick(['later in the day', 'a few hours earlier', 'on the same day'])}, ${uncap(second.lead)}`);
  }
  // The template's own paragraphs follow the lead; the common ones come after, in any order, some run together.
  const paragraphs: string[] = [];
  for (const p of rng.sample(extra, extra.length)) {
    if (paragraphs.length > 0 && rng.chance(0.3)) paragraphs[paragraphs.length - 1] += ` ${p}`;
    else paragraphs.push(p);
  }
  return { ...s, body: [...s.body, ...paragraphs] };
}
