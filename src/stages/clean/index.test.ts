import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate } from './index.js';

// [page, the boilerplate lines expected (by their text), with reasons]
const rows: [string, string, [string, string][]][] = [
  ['widget and heading', 'Listen to this article\nGunmen attacked a bus on Monday, police said.\nSecond attack\nIt was the second such attack this month.',
    [['Listen to this article', 'widget'], ['Second attack', 'heading']]],
  ['byline and share', 'By Jane Doe and Omar Ali\nShare this article\nThree rockets hit the base on Sunday.\nSubscribe to our newsletter',
    [['By Jane Doe and Omar Ali', 'byline'], ['Share this article', 'share'], ['Subscribe to our newsletter', 'share']]],
  ['latest stories list', 'Rockets hit the embassy on Sunday.\nLatest Stories\n-\nBomb blast kills two in market\n9 minutes -\nStriker signs new deal\n1 hour -',
    [['Latest Stories\n-\nBomb blast kills two in market\n9 minutes -\nStriker signs new deal\n1 hour -', 'related-list']]],
  ['publisher footnote', 'The group claimed the attack.\n*The group is a terrorist organisation banned in several states',
    [['*The group is a terrorist organisation banned in several states', 'footnote']]],
  ['copyright', 'Police said five people died.\n© 2026 Example Media. All rights reserved.', [['© 2026 Example Media. All rights reserved.', 'copyright']]],
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
