// The synthetic corpus: a deterministic stream of wire-style reports (same seed, same reports, on any machine).
// Publication dates advance at a fixed number of reports per day, so a long stream looks like a long-running
// feed to the store; about one report in ten republishes a recent story under another outlet's page chrome.
import type { RawDoc } from '../../src/sources/raw-doc.js';
import type { City } from './cities.js';
import { story, type Story } from './incidents.js';
import { pickLayout, renderPage } from './page.js';
import { createRng, type Rng } from './prng.js';
import { OUTLETS } from './vocabulary.js';

export interface StreamOptions {
  cities: City[];
  seed?: string;
  start?: string; // first publication day, YYYY-MM-DD
  docsPerDay?: number;
  republishRate?: number;
}

interface Published { story: Story; city: City; published: Date }

const DAY_MS = 86_400_000;

export class ReportStream {
  private readonly rng: Rng;
  private readonly hotspots: City[];
  private readonly byCountry = new Map<string, City[]>();
  private readonly start: number;
  private readonly docsPerDay: number;
  private readonly republishRate: number;
  private readonly recent: Published[] = [];
  private readonly headlines: string[] = [];
  private readonly tag: string;
  private index = 0;

  constructor(private readonly opts: StreamOptions) {
    if (opts.cities.length === 0) throw new Error('bench corpus: expected a list of cities, got an empty one');
    const seed = opts.seed ?? 'sitrep-bench';
    this.rng = createRng(seed);
    this.tag = seed.replace(/[^\w-]/g, '_');
    this.start = Date.parse(`${opts.start ?? '2023-01-01'}T00:00:00Z`);
    if (Number.isNaN(this.start)) throw new Error(`bench corpus: expected start as YYYY-MM-DD, got ${opts.start}`);
    this.docsPerDay = opts.docsPerDay ?? 150;
    this.republishRate = opts.republishRate ?? 0.1;
    // News concentrates on a few places: half the stories happen in one of 60 hot spots.
    this.hotspots = this.rng.sample(opts.cities, 60);
    for (const c of opts.cities) {
      const list = this.byCountry.get(c.cc);
      if (list) list.push(c); else this.byCountry.set(c.cc, [c]);
    }
  }

  next(): RawDoc {
    const rng = this.rng;
    const i = this.index++;
    const day = this.start + Math.floor(i / this.docsPerDay) * DAY_MS;
    const published = new Date(day + rng.int(0, DAY_MS / 1000 - 1) * 1000);
    let item: Published;
    if (this.recent.length > 0 && rng.chance(this.republishRate)) {
      const original = rng.pick(this.recent);
      // A republication keeps the story, sometimes drops its last paragraph, and carries the new site's chrome.
      const body = original.story.body.length > 1 && rng.chance(0.5) ? original.story.body.slice(0, -1) : original.story.body;
      item = { ...original, story: { ...original.story, body }, published };
    } else {
      const city = rng.chance(0.5) ? rng.pick(this.hotspots) : rng.pick(this.opts.cities);
      const neighbours = this.byCountry.get(city.cc)!.filter((c) => c !== city);
      const other = neighbours.length > 0 ? rng.pick(neighbours) : rng.pick(this.opts.cities);
      const back = rng.chance(0.5) ? 0 : rng.chance(0.7) ? 1 : rng.int(2, 5);
      const event = new Date(Math.floor(published.getTime() / DAY_MS) * DAY_MS - back * DAY_MS);
      item = { story: story({ rng, city, other, published, event }), city, published };
      this.recent.push(item);
      if (this.recent.length > 200) this.recent.shift();
    }
    const outlet = rng.pick(OUTLETS);
    const latest = [...new Set(this.headlines)].filter((h) => h !== item.story.headline);
    const text = renderPage({ rng, story: item.story, city: item.city, outlet, published, latest }, pickLayout(rng));
    this.headlines.push(item.story.headline);
    if (this.headlines.length > 30) this.headlines.shift();
    const slug = item.story.headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return {
      id: `bench-${this.tag}-${i}`, text, published: published.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      title: item.story.headline, url: `https://news.example.org/${outlet.toLowerCase().replace(/\W+/g, '-')}/${slug}-${i}`,
      source: outlet, language: 'en', origin: `bench:${this.tag}:${i}`,
    };
  }
}

/** UTF-8 bytes of a document's text: the unit of every MB/s figure. */
export const textBytes = (doc: RawDoc) => Buffer.byteLength(doc.text, 'utf8');

/** Reports from the start of the stream until their texts reach `bytes` (the last one may pass it). */
export function generateCorpus(opts: StreamOptions & { bytes: number }): RawDoc[] {
  const stream = new ReportStream(opts);
  const docs: RawDoc[] = [];
  let total = 0;
  while (total < opts.bytes) {
    const doc = stream.next();
    docs.push(doc);
    total += textBytes(doc);
  }
  return docs;
}
