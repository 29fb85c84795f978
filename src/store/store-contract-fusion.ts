// Fusion behaviour every Store must have: reports of one event become one incident with all its sources,
// two events stay two, near-duplicate copies count once, the result does not depend on the order of ingest,
// and every change is a revision.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../contract/mention.js';
import type { Store } from './store.js';
import { count, docMeta, mention, place, record } from './test-fixtures.js';

const day = (start: string) => ({ start, end: start, precision: 'day' as const, text: null, start_offset: null, end_offset: null });
const src = (name: string, via: string[] = []) => [{ name, via, text: name, start: 0, end: name.length }];

interface Report { id: string; text: string; outlet: string; published: string | null; mentions: Mention[] }
const report = (id: string, outlet: string, published: string | null, mentions: Mention[], text = `report ${id}`): Report => ({ id, text, outlet, published, mentions });

// Three outlets on one strike (tolls 3, 5, 7; one cites AFP through another), one of them also reporting a
// bombing the same day in the same city, and a strike in Basra.
const REPORTS: Report[] = [
  report('r1', 'Al Arabiya', '2024-03-10', [mention('r1#1', { fatalities: count(3), sources: src('AFP', ['Al Arabiya']) })]),
  report('r2', 'Reuters', '2024-03-11', [
    mention('r2#1', { fatalities: count(5), sources: src('Reuters') }),
    mention('r2#2', { sub_event_type: 'Remote explosive/landmine/IED', fatalities: count(1), sources: src('Reuters') }),
  ]),
  report('r3', 'Daily Example', '2024-03-12', [mention('r3#1', { fatalities: count(7), sources: src('AFP') })]),
  report('r4', 'Reuters', '2024-03-11', [mention('r4#1', { location: place('Basra', 'IQ', 30.508, 47.783), sources: src('Reuters') })]),
];

async function ingest(store: Store, reports: Report[]): Promise<void> {
  for (const r of reports) {
    await store.addDocument(docMeta(r.id, r.text, { source: r.outlet, published: r.published }), record(r.id, r.mentions));
  }
}

/** The incidents as sets of mention ids with their chosen values: what must not depend on the order. */
async function snapshot(store: Store) {
  return (await store.listIncidents({ includeBackground: true })).map((i) => ({
    mentions: i.reports.map((r) => r.mention.id).sort().join('+'), type: i.sub_event_type, killed: i.fatalities?.best ?? null,
    sources: i.independent_sources, date: i.date, place: i.location?.name,
  })).sort((a, b) => a.mentions.localeCompare(b.mentions));
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

export function fusionContract(current: () => Store, open: () => Promise<Store>): void {
  /** Each order ingested into a fresh store gives the same incidents, as sets of mention ids. */
  const fusesInEitherOrder = async (orders: Report[][], want: string[]) => {
    for (const order of orders) {
      const store = await open();
      try {
        await ingest(store, order);
        assert.deepEqual((await snapshot(store)).map((x) => x.mentions), want, `order ${order.map((r) => r.id).join(',')}`);
      } finally {
        await store.close();
      }
    }
  };

  describe('fusion', () => {
    it('fuses reports of one event, keeps a second event of the same day and city apart, and counts sources once', async () => {
      const store = current();
      await ingest(store, REPORTS);
      const snap = await snapshot(store);
      assert.deepEqual(snap.map((s) => s.mentions), ['r1#1+r2#1+r3#1', 'r2#2', 'r4#1']);
      const strike = (await store.listIncidents()).find((i) => i.reports.length === 3)!;
      // AFP (directly and through Al Arabiya) and Reuters: two independent sources.
      assert.deepEqual(strike.independent_sources, ['afp', 'reuters']);
      assert.deepEqual(strike.figures.fatalities.reported.map((f) => [f.origin, f.count.best]), [['afp', 7], ['reuters', 5]]);
      assert.equal(strike.fatalities?.best, 7);
      assert.equal(strike.figures.fatalities.chosen.rule, 'highest');
      assert.equal(strike.first_reported, '2024-03-10');
      assert.equal(strike.last_updated, '2024-03-12');
    });

    it('gives the same incidents whatever the order of ingest, and re-ingesting changes nothing', async () => {
      let want: Awaited<ReturnType<typeof snapshot>> | null = null;
      for (const order of permutations(REPORTS)) {
        const store = await open();
        try {
          await ingest(store, order);
          const got = await snapshot(store);
          if (want) assert.deepEqual(got, want, `order ${order.map((r) => r.id).join(',')}`);
          else want = got;
          await ingest(store, [...order].reverse());
          assert.deepEqual(await snapshot(store), want, 're-ingest');
        } finally {
          await store.close();
        }
      }
    });

    it('joins a later report that names the killed person but dates and places nothing to the event, in either order', async () => {
      const judge = { name: 'Maria Lopez', text: 'Judge Maria Lopez', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 17 };
      const killing = report('k1', 'Wire One', '2024-03-01', [mention('k1#1', { date: day('2024-03-01'), victims: [judge], fatalities: count(1) })]);
      // Two weeks on, from Basra: "the murder of Judge Maria Lopez", dated by the report's day, placed by its dateline.
      const basra = { ...place('Basra', 'IQ', 30.508, 47.783), basis: 'context' as const };
      const later = report('k2', 'Daily Example', '2024-03-15', [mention('k2#1', { date: { ...day('2024-03-15'), basis: 'publication' }, location: basra, victims: [judge], fatalities: null })]);
      await fusesInEitherOrder([[killing, later], [later, killing]], ['k1#1+k2#1']);
    });

    it('links an act recalled without a day to the incident naming the same person, in either order, and keeps it apart otherwise', async () => {
      const judge = { name: 'Maria Lopez', text: 'Judge Maria Lopez', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 17 };
      const killing = report('u1', 'Wire One', '2024-03-01', [mention('u1#1', { date: day('2024-03-01'), victims: [judge], fatalities: count(1) })]);
      // Seven weeks on: "the trial of those accused of the murder of Judge Maria Lopez", an act told as background with no day.
      const recalled = { start: null, end: '2024-04-20', precision: 'unknown' as const, text: null, start_offset: null, end_offset: null, basis: 'publication' as const };
      const trial = report('u2', 'Daily Example', '2024-04-20', [mention('u2#1', { date: recalled, background: true, victims: [judge], fatalities: null })]);
      const other = { ...judge, name: 'Omar Haddad', text: 'Omar Haddad' };
      const otherTrial = report('u3', 'Daily Example', '2024-04-21', [mention('u3#1', { date: { ...recalled, end: '2024-04-21' }, background: true, victims: [other], fatalities: null })]);
      await fusesInEitherOrder([[killing, trial, otherTrial], [otherTrial, trial, killing]], ['u1#1+u2#1', 'u3#1']);
    });

    it('links an act told with no date at all to the act naming the same person, in either order, and lets it vouch for no other', async () => {
      const judge = { name: 'Maria Lopez', text: 'Judge Maria Lopez', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 17 };
      const killing = report('n1', 'Wire One', '2024-03-01', [mention('n1#1', { date: day('2024-03-01'), victims: [judge], fatalities: count(1) })]);
      // "About a month ago, Judge Maria Lopez was murdered", in a speech transcript that gives no date at all.
      const none = { start: null, end: null, precision: 'unknown' as const, text: null, start_offset: null, end_offset: null, basis: 'publication' as const };
      const speech = report('n2', 'Radio Example', null, [mention('n2#1', { date: none, victims: [{ ...judge, text: 'MARIA LOPEZ' }], fatalities: null })]);
      // A year on, a report that names her beside another killing: not her murder, though the speech fits both.
      const later = report('n3', 'Daily Example', '2025-03-02', [mention('n3#1', { date: day('2025-03-02'), victims: [judge], fatalities: null })]);
      const other = report('n4', 'Daily Example', null, [mention('n4#1', { date: none, victims: [{ ...judge, name: 'Omar Haddad', text: 'Omar Haddad' }], fatalities: null })]);
      await fusesInEitherOrder([[killing, speech, later, other], [other, later, speech, killing]], ['n1#1+n2#1', 'n3#1', 'n4#1']);
    });

    it('links an act dated by an interval of weeks that names a person to the act on a day in it, in either order', async () => {
      const judge = { name: 'Maria Lopez', text: 'Judge Maria Lopez', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 17 };
      const killing = report('i1', 'Wire One', '2024-03-01', [mention('i1#1', { date: day('2024-03-01'), victims: [judge], fatalities: count(1) })]);
      // "Gunmen killed four officials, among them Judge Maria Lopez, between 2 February and 20 March", in April.
      const interval = { ...day('2024-02-02'), end: '2024-03-20', precision: 'year' as const };
      const review = report('i2', 'Daily Example', '2024-04-10', [mention('i2#1', { date: interval, victims: [judge], fatalities: null })]);
      await fusesInEitherOrder([[killing, review], [review, killing]], ['i1#1+i2#1']);
    });

    it('joins an act dated only by a saying about it, weeks on, to the act it names, in either order', async () => {
      const monks = { name: null, text: 'four monks', type: 'civilians', country: null, attribution: 'reported' as const, start: 0, end: 10 };
      const killing = report('r1', 'Wire One', '2024-03-01', [mention('r1#1', { date: day('2024-03-01'), victims: [monks], fatalities: count(4) })]);
      // "The minister today said officers took part in the massacre of the monks", seven weeks on.
      const saying = report('r2', 'Daily Example', '2024-04-20', [mention('r2#1', { date: { ...day('2024-04-20'), basis: 'reaction' }, victims: [{ ...monks, text: 'the monks' }], fatalities: null })]);
      await fusesInEitherOrder([[killing, saying], [saying, killing]], ['r1#1+r2#1']);
    });

    it('joins a person\'s killing told by its month four months on to the January reports, in either order', async () => {
      const leader = { name: 'Maria Lopez', text: 'Maria Lopez', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 11 };
      const abduction = report('w1', 'Wire One', '2024-01-13', [mention('w1#1', { date: day('2024-01-12'), victims: [leader], fatalities: null })]);
      // "Maria Lopez was abducted and killed in January", in a report at the end of May.
      const january = { ...day('2024-01-12'), start: '2024-01-01', end: '2024-01-31', precision: 'month' as const };
      const late = report('w2', 'Daily Example', '2024-05-26', [mention('w2#1', { date: january, victims: [{ ...leader, text: 'MARIA LOPEZ' }], fatalities: null })]);
      await fusesInEitherOrder([[abduction, late], [late, abduction]], ['w1#1+w2#1']);
    });

    it('records every change to an incident with the report that caused it', async () => {
      const store = current();
      await ingest(store, REPORTS.slice(0, 3));
      const strike = (await store.listIncidents()).find((i) => i.reports.length === 3)!;
      const history = await store.history(strike.id);
      assert.deepEqual(history.map((h) => [h.kind, h.document?.id]), [['created', 'r1'], ['joined', 'r2'], ['joined', 'r3']]);
      assert.deepEqual(history[1].changes.fatalities, [3, 5]);
      assert.deepEqual(history[1].changes.reports, [1, 2]);
      assert.deepEqual(await store.history(99999), []);
    });

    it('links a near-duplicate republication to its original and counts it as the original outlet', async () => {
      const store = current();
      const story = 'Three rockets struck near the airport in the southern city late on Tuesday, police said, damaging a parking area and two vehicles. No group claimed responsibility. A police spokesman said one guard was lightly wounded.';
      const m = (id: string) => mention(id, { sources: [], date: day('2024-03-10') });
      await store.addDocument(docMeta('copy', `Home | World\n${story}\nShare this article`, { source: 'Mirror Site', published: '2024-03-11', text: `Home | World\n${story}\nShare this article` }), record('copy', [m('copy#1')]));
      await store.addDocument(docMeta('orig', story, { source: 'Wire One', published: '2024-03-10', text: story }), record('orig', [m('orig#1')]));
      const [inc] = await store.listIncidents();
      assert.equal(inc.reports.length, 2);
      assert.deepEqual(inc.independent_sources, ['wire one']);
      const copy = inc.reports.find((r) => r.document.id === 'copy')!.document;
      const orig = inc.reports.find((r) => r.document.id === 'orig')!.document;
      assert.equal(copy.duplicateOf, orig.key);
      assert.equal(orig.duplicateOf, null);
    });

    it('looks for near-duplicates among reports of neighbouring months only, and among undated ones', async () => {
      const store = current();
      const story = 'Gunmen fired on a minibus on the coast road outside the port town before dawn, the provincial governor said, wounding four passengers. Troops sealed off the road and searched nearby farms. No group said it carried out the shooting.';
      const page = (id: string, published: string | null, source: string) => {
        const text = `${source} | News\n${story}\nMore from ${source}`;
        return store.addDocument(docMeta(id, text, { source, published, text }), record(id, [mention(`${id}#1`, { sources: [] })]));
      };
      await page('march', '2024-03-10', 'Wire One');
      await page('later', '2024-09-02', 'Anniversary Post'); // the story quoted again months later: not a copy
      await page('undated-a', null, 'Blog A');
      await page('undated-b', null, 'Blog B');
      await page('april', '2024-04-08', 'Mirror Site');
      const docs = new Map((await store.listIncidents({ includeBackground: true })).flatMap((i) => i.reports.map((r) => [r.document.id, r.document] as const)));
      assert.equal(docs.get('april')!.duplicateOf, docs.get('march')!.key);
      assert.equal(docs.get('later')!.duplicateOf, null);
      assert.equal(docs.get('march')!.duplicateOf, null);
      const [a, b] = [docs.get('undated-a')!, docs.get('undated-b')!];
      assert.ok((a.duplicateOf === b.key && b.duplicateOf === null) || (b.duplicateOf === a.key && a.duplicateOf === null), 'the undated copies are one story');
    });
  });
}
