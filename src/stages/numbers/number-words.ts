// Number words: "three", "twenty-five", "two hundred", "1,200", "100,000", "a dozen".

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, single: 1, lone: 1,
};
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

export function digitValue(text: string): number | null {
  const t = text.replace(/^\$/, '');
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return null;
}

/** Value of one word-number token, "twenty-five" included; null when the token is not a number word. */
export function wordValue(lower: string): number | null {
  if (lower in UNITS) return UNITS[lower];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(lower);
  return m ? UNITS[m[1]] + UNITS[m[2]] : null;
}
