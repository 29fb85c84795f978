import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandKeys, decodeSignature, DUPLICATE_JACCARD, encodeSignature, estimatedJaccard, signature } from './minhash.js';

const STORY = `Three rockets struck near the airport in the southern city late on Tuesday, police said, damaging a
parking area and two vehicles. No group claimed responsibility. A police spokesman said one guard was lightly wounded
and taken to hospital. Residents said they heard loud explosions shortly before midnight and sirens for an hour after.
The airport stayed open on Wednesday morning and flights ran on schedule, the transport ministry said in a statement.`;

describe('minhash', () => {
  it('finds a republication with another header and footer as a near-duplicate', () => {
    const copy = `Home | World | Sport\nBy Staff Writer\n${STORY}\nRead more: Latest stories from the region. Share this article.`;
    const a = signature(STORY), b = signature(copy);
    assert.ok(estimatedJaccard(a, b) >= DUPLICATE_JACCARD, `jaccard ${estimatedJaccard(a, b)}`);
    assert.ok(bandKeys(a).some((k) => bandKeys(b).includes(k)), 'shares a band');
  });

  it('does not take another story on the same subject for a copy', () => {
    const other = `Two mortar rounds landed near the airport in the northern city on Tuesday evening, a security source
said, without causing casualties. The army said it had closed the road to the terminal while engineers searched the
area for unexploded shells, and that flights would resume once the search was over.`;
    assert.ok(estimatedJaccard(signature(STORY), signature(other)) < 0.2);
  });

  it('round-trips a signature through its stored form', () => {
    const s = signature(STORY);
    assert.deepEqual([...decodeSignature(encodeSignature(s))], [...s]);
  });
});
