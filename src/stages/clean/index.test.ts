import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../doc/doc.js';
import { cleanStage, findBoilerplate, isHardWrapped } from './index.js';

// [page, the boilerplate lines expected (by their text), with reasons]
const rows: [string, string, [string, string][]][] = [
  ['widget and heading', 'Listen to this article\nGunmen attacked a bus on Monday, police said.\nSecond attack\nIt was the second such attack this month.',
    [['Listen to this article', 'widget'], ['Second attack', 'heading']]],
  ['byline and share', 'By Jane Doe and Omar Ali\nShare this article\nThree rockets hit the base on Sunday.\nSubscribe to our newsletter',
    [['By Jane Doe and Omar Ali', 'byline'], ['Share this article', 'share'], ['Subscribe to our newsletter', 'share']]],
  ['latest stories list', 'Rockets hit the embassy on Sunday.\nLatest Stories\n-\nBomb blast kills two in market\n9 minutes -\nStriker signs new deal\n1 hour -',
    [['Latest Stories\n-\nBomb blast kills two in market\n9 minutes -\nStriker signs new deal\n1 hour -', 'related-list']]],
  ['a paragraph of the story after "Read more" is not a list item', 'Gunmen attacked a bus on Monday, police said.\nRead more\nThe army said it had sent troops to the area.\nBomb kills two in market\n3 hours ago',
    [['Read more', 'related-list'], ['Bomb kills two in market', 'heading'], ['3 hours ago', 'list-age']]],
  ['credit lines', 'Example Post staff | 3 May 2026\nGunmen attacked a bus on Monday, police said.\nReporting by Jane Doe; Editing by Omar Ali',
    [['Example Post staff | 3 May 2026', 'byline'], ['Reporting by Jane Doe; Editing by Omar Ali', 'byline']]],
  ['a teaser with its age stays in the list', 'Rockets hit the embassy on Sunday.\nRelated\nBomb kills two in market\nPolice said the device was hidden in a cart.\n3 hours ago',
    [['Related\nBomb kills two in market\nPolice said the device was hidden in a cart.\n3 hours ago', 'related-list']]],
  ['publisher footnote', 'The group claimed the attack.\n*The group is a terrorist organisation banned in several states',
    [['*The group is a terrorist organisation banned in several states', 'footnote']]],
  ['copyright', 'Police said five people died.\n© 2026 Example Media. All rights reserved.', [['© 2026 Example Media. All rights reserved.', 'copyright']]],
  ['a page on one line that ends in a notice stays text', `Heading\n${'Gunmen attacked a convoy near the border on Monday, police said. '.repeat(4)}© 2026 Example Media. All rights reserved.`,
    [['Heading', 'heading']]],
  ['a single headline is kept', 'Rockets hit Baghdad airport', []],
  ['plain report', 'Gunmen killed three people in the town on Tuesday.\nPolice said the attackers fled.', []],
];

test('clean: boilerplate is marked, never removed', async (t) => {
  for (const [name, text, expected] of rows) {
    await t.test(name, () => {
      const got = findBoilerplate(text).map((e) => [text.slice(e.start, e.end), e.reason]);
      assert.deepEqual(got, expected);
    });
  }
});

test('clean: short wrapped paragraphs are hard-wrapped copy, a page of headings and paragraphs is not', () => {
  const wrapped = [
    'KANDARI, 4 MAY 2026 (Example Wire) -- Gunmen fired on a crowded bus on the',
    'coastal road, killing four passengers, police said.',
    '',
    'The driver said the attackers had waited for the bus at a bend in the',
    'road.',
    '',
    'Officials said the army had sent two companies to search the hills near',
    'the village.',
  ].join('\n');
  assert.ok(isHardWrapped(wrapped));
  const doc = newDoc({ id: 'wrapped', text: wrapped, published: null, title: null, url: null, source: null, language: null, origin: 'test' });
  cleanStage.run(doc);
  assert.deepEqual(doc.layers.excluded, [], 'no first line of a paragraph taken for a heading');
  const page = ['Bus attacked near Kandari', '', 'Gunmen fired on a crowded bus on the coastal road on Monday, killing four passengers.', '', 'Officials react', '', 'The army sent two companies to the hills.'].join('\n');
  assert.ok(!isHardWrapped(page));
});
