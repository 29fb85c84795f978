import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { count } from '../store/test-fixtures.js';
import { compatible, samePerson } from './compatible.js';
import { at, day, report } from './test-reports.js';

const BAGHDAD = at('Baghdad', 33.315, 44.366);
const EMBASSY = at('US Embassy Baghdad', 33.298, 44.396, 'facility', 'IQ', 1);
const BASRA = at('Basra', 30.508, 47.783);
const PUBLISHED = { ...day('2024-03-10'), basis: 'publication' as const };
const VICTIM = { name: 'Maria Lopez', text: 'MARIA LOPEZ', type: 'person', country: null, attribution: 'reported' as const, start: 0, end: 11 };

describe('compatible', () => {
  const cases: { name: string; a: Parameters<typeof report>[2]; b: Parameters<typeof report>[2]; same?: boolean; want: boolean }[] = [
    { name: 'same day, same city, same sub-type', a: {}, b: {}, want: true },
    { name: 'two mentions of one report never', a: {}, b: {}, same: true, want: false },
    { name: 'missile vs drone strike: one class', a: { sub_event_type: 'Shelling/artillery/missile attack' }, b: {}, want: true },
    { name: 'shelling vs suicide bomb: two events', a: { sub_event_type: 'Shelling/artillery/missile attack' }, b: { sub_event_type: 'Suicide bomb', event_type: 'Explosions/Remote violence' }, want: false },
    { name: 'consecutive stated days differ', a: { date: day('2024-03-10') }, b: { date: day('2024-03-11') }, want: false },
    { name: 'a day counted back ("nine days ago") may be one off', a: { date: day('2024-03-10') }, b: { date: { ...day('2024-03-11'), text: 'nine days ago' } }, want: true },
    { name: 'a day named ("on 11 March") may not', a: { date: day('2024-03-10') }, b: { date: { ...day('2024-03-11'), text: 'on 11 March' } }, want: false },
    { name: 'a date from the publication day may be one off', a: { date: day('2024-03-10') }, b: { date: { ...day('2024-03-11'), basis: 'publication' as const } }, want: true },
    { name: 'month contains the day (the same toll anchors it, below)', a: { date: day('2024-03-01', '2024-03-31', 'month') }, b: {}, want: true },
    { name: 'a year is too vague to fuse', a: { date: day('2024-01-01', '2024-12-31', 'year') }, b: {}, want: false },
    { name: 'no date never fuses', a: { date: null }, b: {}, want: false },
    { name: 'embassy lies in the city', a: { location: EMBASSY }, b: { location: BAGHDAD }, want: true },
    { name: 'Basra is not Baghdad', a: { location: BASRA }, b: { location: BAGHDAD }, want: false },
    { name: 'another country', a: { location: at('Kabul', 34.5, 69.2, 'city', 'AF') }, b: {}, want: false },
    { name: 'a device that failed to go off and a bomb that went off', a: { status: 'attempted', sub_event_type: 'Remote explosive/landmine/IED', event_type: 'Explosions/Remote violence' }, b: { sub_event_type: 'Remote explosive/landmine/IED', event_type: 'Explosions/Remote violence' }, want: false },
    { name: 'two reports of a bomb that went off', a: { sub_event_type: 'Remote explosive/landmine/IED', event_type: 'Explosions/Remote violence' }, b: { sub_event_type: 'Remote explosive/landmine/IED', event_type: 'Explosions/Remote violence' }, want: true },
    // A province and a town of another province, put at one rough point.
    { name: 'a province is not a town of the next one', a: { location: { ...at('Diyala Governorate', 33.8, 44.9, 'admin1', 'IQ', 40), admin1: 'Diyala' } }, b: { location: { ...at('Taji', 33.8, 44.9), admin1: 'Baghdad' } }, want: false },
    { name: 'a province holds its towns', a: { location: { ...at('Diyala Governorate', 33.8, 44.9, 'admin1', 'IQ', 40), admin1: 'Diyala' } }, b: { location: { ...at('Khalis', 33.8, 44.9), admin1: 'Diyala' } }, want: true },
    { name: 'two towns either side of a provincial line: distance decides', a: { location: { ...at('Taji', 33.52, 44.27), admin1: 'Baghdad' } }, b: { location: { ...at('Tarmiyah', 33.55, 44.3), admin1: 'Salahuddin' } }, want: true },
    { name: 'country precision contains the city', a: { location: at('Iraq', 33.0, 43.7, 'country') }, b: {}, want: true },
    { name: 'a mention placed nowhere does not fuse', a: { location: null }, b: {}, want: false },
    { name: 'tolls 3 and 12 can be one event', a: { fatalities: count(3) }, b: { fatalities: count(12) }, want: true },
    { name: 'no one killed vs 40 killed cannot', a: { fatalities: count(0) }, b: { fatalities: count(40) }, want: false },
    { name: '3 wounded in a first report and 30 the next day can be one event', a: { injuries: count(3) }, b: { injuries: count(30) }, want: true },
    { name: '2 wounded against 80 cannot', a: { injuries: count(2) }, b: { injuries: count(80) }, want: false },
    { name: 'two halls bombed on one day in one city are two bombings', a: { targets: [{ ...VICTIM, name: null, text: 'the FENASTRAS hall' }] }, b: { targets: [{ ...VICTIM, name: null, text: 'the COMADRES office' }] }, want: false },
    { name: 'the bank and the Banco Popular branch may be one target', a: { targets: [{ ...VICTIM, name: null, text: 'the bank' }] }, b: { targets: [{ ...VICTIM, name: null, text: 'a Banco Popular branch' }] }, want: true },
    // A day that is only the publication day needs something specific to agree as well.
    { name: 'a country alone is not enough', a: { location: at('Iraq', 33.0, 43.7, 'country'), fatalities: null }, b: { fatalities: null }, want: false },
    // So does a month: "in March, a bomb killed four in Baghdad" could be any of the month's bombings there.
    { name: 'a country, the same told day and the same unnamed victims ("monks")', a: { location: at('Iraq', 33.0, 43.7, 'country'), fatalities: null, victims: [{ ...VICTIM, name: null, text: 'four monks' }] }, b: { fatalities: null, victims: [{ ...VICTIM, name: null, text: 'the monks' }] }, want: true },
    { name: 'the same unnamed victims ("monks") on told days one apart', a: { date: day('2024-03-11'), fatalities: null, victims: [{ ...VICTIM, name: null, text: 'four monks' }] }, b: { fatalities: null, victims: [{ ...VICTIM, name: null, text: 'the monks' }] }, want: true },
    { name: 'the same unnamed victims ("monks") on told days two apart', a: { date: day('2024-03-12'), fatalities: null, victims: [{ ...VICTIM, name: null, text: 'four monks' }] }, b: { fatalities: null, victims: [{ ...VICTIM, name: null, text: 'the monks' }] }, want: false },
    { name: 'a country, the same told day and victims anyone may be ("civilians")', a: { location: at('Iraq', 33.0, 43.7, 'country'), fatalities: null, victims: [{ ...VICTIM, name: null, text: 'four civilians' }] }, b: { fatalities: null, victims: [{ ...VICTIM, name: null, text: 'the civilians' }] }, want: false },
    { name: 'a country, the publication day and the same unnamed victims', a: { location: at('Iraq', 33.0, 43.7, 'country'), date: PUBLISHED, fatalities: null, victims: [{ ...VICTIM, name: null, text: 'four monks' }] }, b: { fatalities: null, victims: [{ ...VICTIM, name: null, text: 'the monks' }] }, want: false },
    { name: 'a month alone is not enough', a: { date: day('2024-03-01', '2024-03-31', 'month'), fatalities: null }, b: { fatalities: null }, want: false },
    { name: 'a month and the same toll', a: { date: day('2024-03-01', '2024-03-31', 'month'), fatalities: count(4) }, b: { fatalities: count(4) }, want: true },
    { name: 'publication day alone is not enough', a: { date: PUBLISHED, fatalities: null }, b: { fatalities: null }, want: false },
    { name: 'publication day and the same toll', a: { date: PUBLISHED, fatalities: count(4) }, b: { fatalities: count(4) }, want: true },
    { name: 'publication day and the same named victim', a: { date: PUBLISHED, fatalities: null, victims: [VICTIM] }, b: { fatalities: null, victims: [{ ...VICTIM, text: 'Judge Maria Lopez' }] }, want: true },
    { name: 'no date at all and the same named victim, a year apart', a: { date: { ...PUBLISHED, start: null, end: null, precision: 'unknown' as const }, fatalities: null, victims: [VICTIM] }, b: { date: day('2025-03-10'), fatalities: null, victims: [{ ...VICTIM, text: 'Judge Maria Lopez' }] }, want: true },
    { name: 'no date at all and another named victim', a: { date: { ...PUBLISHED, start: null, end: null, precision: 'unknown' as const }, fatalities: null, victims: [VICTIM] }, b: { fatalities: null, victims: [{ ...VICTIM, name: 'Omar Haddad', text: 'Omar Haddad' }] }, want: false },
    { name: 'an interval of seven weeks holding the day, and the same named victim', a: { date: day('2024-02-01', '2024-03-20', 'year'), fatalities: null, victims: [VICTIM] }, b: { fatalities: null, victims: [{ ...VICTIM, text: 'Judge Maria Lopez' }] }, want: true },
    { name: 'an interval of seven weeks after the day, and the same named victim', a: { date: day('2024-03-11', '2024-04-30', 'year'), fatalities: null, victims: [VICTIM] }, b: { fatalities: null, victims: [{ ...VICTIM, text: 'Judge Maria Lopez' }] }, want: false },
    { name: 'an interval of seven weeks holding the day, no one named', a: { date: day('2024-02-01', '2024-03-20', 'year'), fatalities: null }, b: { fatalities: null }, want: false },
    { name: 'publication day and the victim\'s surname alone', a: { date: PUBLISHED, fatalities: null, victims: [{ ...VICTIM, name: 'Quintanilla', text: 'QUINTANILLA' }] }, b: { fatalities: null, victims: [{ ...VICTIM, name: 'Rosa Quintanilla', text: 'Rosa Quintanilla' }] }, want: true },
    { name: 'publication day and a short surname alone', a: { date: PUBLISHED, fatalities: null, victims: [{ ...VICTIM, name: 'Lopez', text: 'LOPEZ' }] }, b: { fatalities: null, victims: [VICTIM] }, want: false },
    { name: 'publication day and two rare words in common', a: { date: PUBLISHED, fatalities: null, evidence: [{ start: 0, end: 1, text: 'the bombing of the Fenastras hall in Ilopango' }] }, b: { fatalities: null, evidence: [{ start: 0, end: 1, text: 'FENASTRAS offices at ILOPANGO were bombed' }] }, want: true },
    { name: 'publication day and only the outlet of the dateline in common', a: { date: PUBLISHED, fatalities: null, evidence: [{ start: 0, end: 1, text: 'BOGOTA, 17 SEP 89 (CARACOL TODELAR NETWORK) -- [TEXT] A BOMB EXPLODED AT A BANK' }] }, b: { fatalities: null, evidence: [{ start: 0, end: 1, text: 'BOGOTA, 18 SEP 89 (CARACOL TODELAR NETWORK) -- [TEXT] A DEVICE DAMAGED A SUBSTATION' }] }, want: false },
    { name: 'publication day and only a wire\'s dateline in common', a: { date: PUBLISHED, fatalities: null, evidence: [{ start: 0, end: 1, text: 'KYIV, March 10 (Ukrinform Vesti) - A drone hit a depot' }] }, b: { fatalities: null, evidence: [{ start: 0, end: 1, text: 'KYIV, March 10 (Ukrinform Vesti) - A drone struck a school' }] }, want: false },
    { name: 'publication day and only the words of a known group\'s name in common', a: { date: PUBLISHED, fatalities: null, perpetrators: [{ ...VICTIM, name: 'Boko Haram', text: 'Boko Haram', type: 'rebel_group' }], evidence: [{ start: 0, end: 1, text: 'Boko Haram fighters attacked a village' }] }, b: { fatalities: null, perpetrators: [{ ...VICTIM, name: 'Boko Haram', text: 'the group', type: 'rebel_group' }], evidence: [{ start: 0, end: 1, text: 'a raid on a market, blamed on Boko Haram' }] }, want: false },
    { name: 'publication day and only ordinary words in common', a: { date: PUBLISHED, fatalities: null, evidence: [{ start: 0, end: 1, text: 'a bomb exploded near the market building' }] }, b: { fatalities: null, evidence: [{ start: 0, end: 1, text: 'the bomb exploded at the market building' }] }, want: false },
    // A named victim bridges a day inferred up to a month after the event.
    { name: 'the killed person named two weeks later, dated by the publication day', a: { date: day('2024-02-25'), victims: [VICTIM] }, b: { date: PUBLISHED, fatalities: null, victims: [{ ...VICTIM, text: 'MARIA LOPEZ' }] }, want: true },
    { name: 'another person named two weeks later', a: { date: day('2024-02-25'), victims: [VICTIM] }, b: { date: PUBLISHED, fatalities: null, victims: [{ ...VICTIM, name: 'Ana Ruiz', text: 'Ana Ruiz' }] }, want: false },
    { name: 'the same person named on a stated day two weeks later: attacked twice', a: { date: day('2024-02-25'), victims: [VICTIM] }, b: { date: day('2024-03-10'), victims: [VICTIM] }, want: false },
    // Reports of one killing disagree on its stated day by a few days; a week apart is another attack.
    { name: 'the same person killed on stated days three days apart', a: { date: day('2024-03-07'), victims: [VICTIM] }, b: { date: day('2024-03-10'), victims: [VICTIM] }, want: true },
    { name: 'the same person on stated days eight days apart', a: { date: day('2024-03-02'), victims: [VICTIM] }, b: { date: day('2024-03-10'), victims: [VICTIM] }, want: false },
    { name: 'other persons on stated days three days apart', a: { date: day('2024-03-07'), victims: [VICTIM] }, b: { date: day('2024-03-10'), victims: [{ ...VICTIM, name: 'Ana Ruiz', text: 'Ana Ruiz' }] }, want: false },
    // A target named by words no dictionary holds is hit once in a week; ordinary words do not bridge days.
    { name: 'the newspaper named in both, stated days four days apart', a: { date: day('2024-03-06'), targets: [{ ...VICTIM, name: null, text: 'the El Heraldo newspaper' }] }, b: { targets: [{ ...VICTIM, name: null, text: "El Heraldo's offices" }] }, want: true },
    { name: 'the newspaper named in both, stated days nine days apart', a: { date: day('2024-03-01'), targets: [{ ...VICTIM, name: null, text: 'the El Heraldo newspaper' }] }, b: { targets: [{ ...VICTIM, name: null, text: "El Heraldo's offices" }] }, want: false },
    { name: 'only "the bank" in both, stated days four days apart', a: { date: day('2024-03-06'), targets: [{ ...VICTIM, name: null, text: 'the bank' }] }, b: { targets: [{ ...VICTIM, name: null, text: 'a bank' }] }, want: false },
    // A collective named by the lexicon takes part in many events: it corroborates nothing.
    { name: 'publication day and the same armed group in both', a: { date: PUBLISHED, fatalities: null, perpetrators: [{ ...VICTIM, name: 'Islamic State', text: 'IS', type: 'rebel_group' }] }, b: { fatalities: null, perpetrators: [{ ...VICTIM, name: 'Islamic State', text: 'Islamic State', type: 'rebel_group' }] }, want: false },
    { name: 'publication day and civilians in both', a: { date: PUBLISHED, fatalities: null, victims: [{ ...VICTIM, name: 'Civilians', text: 'residents', type: 'civilians' }] }, b: { fatalities: null, victims: [{ ...VICTIM, name: 'Civilians', text: 'villagers', type: 'civilians' }] }, want: false },
    // "In March, ... a similar attack" is no day near another: the week's bridges are between days.
    { name: 'a month and a day in the next month, same victim named', a: { date: day('2024-02-01', '2024-02-29', 'month'), victims: [VICTIM] }, b: { date: day('2024-03-03'), victims: [VICTIM] }, want: false },
    // The place's own name, however its accents are written, and the day's name are no rare words in common.
    { name: 'publication day and only the accented place name in common', a: { date: PUBLISHED, fatalities: null, location: at('Şanlıurfa', 37.16, 38.79, 'city', 'TR'), evidence: [{ start: 0, end: 1, text: 'gunmen attacked a checkpoint in Sanlıurfa on Sunday' }] }, b: { fatalities: null, location: at('Şanlıurfa', 37.16, 38.79, 'city', 'TR'), evidence: [{ start: 0, end: 1, text: 'a checkpoint came under fire in Sanlıurfa on Sunday' }] }, want: false },
    { name: 'the same person named two months later', a: { date: day('2024-01-05'), victims: [VICTIM] }, b: { date: PUBLISHED, fatalities: null, victims: [VICTIM] }, want: false },
    // Named victims tell events apart, however the names are written.
    { name: 'two people killed on one day in one city, no name in common', a: { victims: [VICTIM] }, b: { victims: [{ ...VICTIM, name: 'Pedro Ruiz Canas', text: 'PEDRO RUIZ CANAS' }] }, want: false },
    { name: 'one person with and without a second surname', a: { victims: [VICTIM] }, b: { victims: [{ ...VICTIM, name: 'Maria Lopez Arce', text: 'MARIA LOPEZ ARCE' }] }, want: true },
    { name: 'the killed person named two weeks later with a second surname', a: { date: day('2024-02-25'), victims: [VICTIM] }, b: { date: PUBLISHED, fatalities: null, victims: [{ ...VICTIM, name: 'Maria Lopez Arce' }] }, want: true },
    { name: 'the killed person named in a report placed by its dateline in another city', a: { victims: [VICTIM] }, b: { location: { ...BASRA, basis: 'context' as const }, victims: [VICTIM] }, want: true },
    { name: 'the same name, both places stated, another city', a: { victims: [VICTIM] }, b: { location: BASRA, victims: [VICTIM] }, want: false },
    { name: 'publication day and the newspaper named in both targets', a: { date: PUBLISHED, fatalities: null, targets: [{ ...VICTIM, name: null, text: 'the El Heraldo newspaper' }] }, b: { fatalities: null, targets: [{ ...VICTIM, name: null, text: "El Heraldo's offices" }] }, want: true },
    { name: 'publication day and a target named only by the town', a: { date: PUBLISHED, fatalities: null, targets: [{ ...VICTIM, name: null, text: 'the Baghdad office' }] }, b: { fatalities: null, targets: [{ ...VICTIM, name: null, text: 'a Baghdad bank' }] }, want: false },
    { name: 'publication day and the victim named with a second surname', a: { date: PUBLISHED, fatalities: null, victims: [VICTIM] }, b: { fatalities: null, victims: [{ ...VICTIM, name: 'Maria Lopez Arce' }] }, want: true },
    { name: 'publication day and a shared generic phrase', a: { date: PUBLISHED, fatalities: null, victims: [{ ...VICTIM, name: null, text: 'three soldiers' }] }, b: { fatalities: null, victims: [{ ...VICTIM, name: null, text: 'three soldiers' }] }, want: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = report('a', 1, c.a);
      const b = c.same ? report('a', 2, c.b) : report('b', 1, c.b);
      assert.equal(compatible(a, b), c.want);
      assert.equal(compatible(b, a), c.want, 'symmetric');
    });
  }

  it('a month told four months on: the same person named reaches past the publication horizon, a toll does not', () => {
    const month = day('2024-01-01', '2024-01-31', 'month');
    const late = { published: '2024-05-26' };
    const named = report('b', 1, { date: month, fatalities: null, victims: [{ ...VICTIM, name: 'Maria Lopez Arce' }] }, late);
    const told = report('a', 1, { date: day('2024-01-12'), fatalities: null, victims: [VICTIM] }, { published: '2024-01-13' });
    assert.equal(compatible(named, told), true);
    assert.equal(compatible(told, named), true, 'symmetric');
    const tolled = report('c', 1, { date: month, fatalities: count(4) }, late);
    assert.equal(compatible(tolled, report('d', 1, { date: day('2024-01-12'), fatalities: count(4) }, { published: '2024-01-13' })), false);
  });
});

describe('samePerson', () => {
  const cases: [string, string, boolean][] = [
    ['luis carlos galan', 'luis carlos galan sarmiento', true],
    ['luis carlos galan', 'luis carlos carlos galan', true],
    ['jose maria lopez', 'jose maria martinez', false], // given names only
    ['carlos valencia garcia', 'luis carlos galan', false],
    ['maria lopez', 'maria lopez', true],
    ['peter john connolly', 'peter john conolly', true], // spelled two ways
    ['bernardo quiroga', 'bernard quiroga', true],
    ['jose ortez', 'jose ortiz', false], // one letter apart in a short word is another name
    ['maria lopez', 'mario lopes', false], // two words, each a letter off: too short to tell
    ['peter john donelley', 'peter john donnelly', true], // the same given names, a long surname two letters off
    ['peter john gonzalez', 'peter john gonzaga', false], // two letters off in a surname shorter than seven
    ['peter donelley', 'john peter donnelly', false], // not the same given names
  ];
  for (const [x, y, want] of cases) it(`${x} / ${y}`, () => assert.equal(samePerson(x, y), want));
});

describe('an act dated only by the day of a saying about it (date.basis reaction)', () => {
  const said = (victims: Parameters<typeof report>[2]['victims']) => report('s', 1, { date: { ...day('2024-04-20'), basis: 'reaction' as const }, fatalities: null, victims }, { published: '2024-04-20' });
  const killing = report('k', 1, { date: day('2024-03-01'), fatalities: null, victims: [{ ...VICTIM, name: null, text: 'four monks' }] }, { published: '2024-03-01' });
  it('is the act of the months before that hit the same distinctive victims, in either order', () => {
    const s = said([{ ...VICTIM, name: null, text: 'the monks' }]);
    assert.equal(compatible(s, killing), true);
    assert.equal(compatible(killing, s), true);
  });
  it('is not an act told after the saying, nor one of victims anyone may be', () => {
    const later = report('l', 1, { date: day('2024-04-25'), fatalities: null, victims: [{ ...VICTIM, name: null, text: 'the monks' }] });
    assert.equal(compatible(said([{ ...VICTIM, name: null, text: 'the monks' }]), later), false);
    const civilians = report('c', 1, { date: day('2024-03-01'), fatalities: null, victims: [{ ...VICTIM, name: null, text: 'civilians' }] });
    assert.equal(compatible(said([{ ...VICTIM, name: null, text: 'three civilians' }]), civilians), false);
  });
});
