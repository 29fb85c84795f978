// Page chrome around a story: what a scraper hands over from a news site (headings, bylines, share widgets,
// "Latest Stories" lists), or the bare layouts of wire copy and feed items.
import type { City } from './cities.js';
import type { Story } from './incidents.js';
import { dayMonth } from './phrases.js';
import type { Rng } from './prng.js';
import { AGENCIES, FIRST_NAMES, LAST_NAMES, MONTHS, SECTIONS } from './vocabulary.js';

/** web: a scraped article page; wire: hard-wrapped agency copy; caps: the same in capitals (MUC-style); item: a feed item. */
export type Layout = 'web' | 'wire' | 'caps' | 'item';

export interface PageInput { rng: Rng; story: Story; city: City; outlet: string; published: Date; latest: string[] }

const person = (rng: Rng) => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
const longDate = (d: Date) => `${dayMonth(d)} ${d.getUTCFullYear()}`;
const hhmm = (rng: Rng) => `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

export function pickLayout(rng: Rng): Layout {
  const r = rng.next();
  return r < 0.84 ? 'web' : r < 0.92 ? 'wire' : r < 0.96 ? 'caps' : 'item';
}

function dateline(rng: Rng, city: City, published: Date): string {
  const agency = rng.pick(AGENCIES).replace(/^the /, '');
  return rng.pick([
    `${city.name.toUpperCase()} — `, `${city.name.toUpperCase()}, ${city.country.replace(/^the /, '')} (${agency}) - `,
    `${city.name}, ${dayMonth(published)} (${agency}) – `, `${city.name.toUpperCase()}: `, '',
  ]);
}

/** Fixed-width lines with a blank line between paragraphs, as old wire services sent them. */
export function wrap(paragraphs: string[], width = 72): string {
  return paragraphs.map((p) => {
    const lines: string[] = [];
    let line = '';
    for (const word of p.split(' ')) {
      if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines.join('\n');
  }).join('\n\n') + '\n';
}

function webPage({ rng, story, city, outlet, published, latest }: PageInput): string {
  const lines: string[] = [];
  if (rng.chance(0.6)) lines.push(rng.pick(SECTIONS));
  lines.push(story.headline);
  lines.push(rng.pick([`By ${person(rng)}`, `${outlet} staff | ${longDate(published)}`, `By ${person(rng)} and ${person(rng)}`]));
  if (rng.chance(0.6)) lines.push(rng.pick([`Published: ${longDate(published)} ${hhmm(rng)} GMT`, `Updated ${dayMonth(published)}, ${published.getUTCFullYear()}`]));
  if (rng.chance(0.5)) lines.push(rng.pick(['Share this article', 'Listen to this article', `${rng.int(2, 6)} min read`, 'Advertisement']));
  lines.push(dateline(rng, city, published) + story.lead);
  for (const p of story.body) {
    lines.push(p);
    if (rng.chance(0.08)) lines.push(rng.pick(['Advertisement', 'Read more', 'Share on Facebook']));
  }
  if (rng.chance(0.4)) lines.push(`Reporting by ${person(rng)}; Editing by ${person(rng)}`);
  lines.push(...rng.sample(['Share this article', 'Follow us on Twitter', 'Subscribe to our newsletter', 'Comments (0)'], rng.int(0, 2)));
  if (rng.chance(0.7) && latest.length > 0) {
    lines.push(rng.pick(['Latest Stories', 'Related', 'Most Read', 'You may also like']));
    for (const h of rng.sample(latest, rng.int(3, 6))) lines.push(h, `${rng.int(1, 23)} hours ago`);
  }
  if (rng.chance(0.6)) lines.push(`© ${published.getUTCFullYear()} ${outlet}. All rights reserved.`);
  return lines.join('\n') + '\n';
}

export function renderPage(input: PageInput, layout: Layout): string {
  const { rng, story, city, published } = input;
  if (layout === 'web') return webPage(input);
  if (layout === 'item') return `${story.headline}\n${story.lead}\n`;
  const agency = rng.pick(AGENCIES).replace(/^the /, '');
  const head = `${city.name.toUpperCase()}, ${published.getUTCDate()} ${MONTHS[published.getUTCMonth()].slice(0, 3).toUpperCase()} ${published.getUTCFullYear()} (${agency}) -- `;
  const text = wrap([head + story.lead, ...story.body]);
  return layout === 'caps' ? text.toUpperCase() : text;
}
