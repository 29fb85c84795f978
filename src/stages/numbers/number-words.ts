// Number words: "three", "twenty-five", "two hundred", "1,200", "100,000", "a dozen".

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, single: 1, lone: 1,
};
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

// Asked of every token: `word in UNITS` first turns each new token string into an internalised one (three times
// the cost of a Map lookup), so the tables are read through Maps. Only the tables' own words are numbers: the word
// "constructor" once read as the number "0function Object() ...", a name every object inherits.
function tableLookup(table: Record<string, number>): (word: string) => number | undefined {
  const own = new Map(Object.entries(table));
  return (word) => own.get(word);
}
const unitOf = tableLookup(UNITS);
/** SCALES[word] when `word in SCALES`, else undefined. */
export const scaleOf = tableLookup(SCALES);

export function digitValue(text: string): number | null {
  // Both readings start with a digit, after an optional "$": most tokens are turned away here, before any regex.
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 36) return null;
  const t = text.replace(/^\$/, '');
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return null;
}

/** Value of one word-number token, "twenty-five" included; null when the token is not a number word. */
export function wordValue(lower: string): number | null {
  const unit = unitOf(lower);
  if (unit !== undefined) return unit;
  if (!lower.includes('-')) return null;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(lower);
  return m ? UNITS[m[1]] + UNITS[m[2]] : null;
}
