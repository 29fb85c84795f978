// One spelling for comparing names: no diacritics (the dotless i of "Şanlıurfa" is an i), lower case, straight
// apostrophes, single spaces.
export function normalizeName(s: string): string {
  return plainLower(s) ?? s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * normalizeName of printable ASCII with single spaces between words and no backtick: its lower case; null for
 * any other text. Skips the Unicode decomposition and four regexes for most names (the facility filter
 * normalizes a city name for every alias it tries).
 */
function plainLower(s: string): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f && c !== 0x60) continue;
    if (c === 0x20 && i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 0x20) continue;
    return null;
  }
  return s.toLowerCase();
}

/** Two spellings one letter apart: one letter changed, added or dropped ("Conolly", "Connolly"). */
export function oneEditApart(u: string, v: string): boolean {
  if (Math.abs(u.length - v.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < u.length && j < v.length) {
    if (u[i] === v[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (u.length > v.length) i++; else if (v.length > u.length) j++; else { i++; j++; }
  }
  return edits + (u.length - i) + (v.length - j) <= 1;
}

/** At most two letters changed, added or dropped (Levenshtein distance 2 or less). */
export function twoEditsApart(u: string, v: string): boolean {
  if (Math.abs(u.length - v.length) > 2) return false;
  let prev = Array.from({ length: v.length + 1 }, (_, j) => j);
  for (let i = 1; i <= u.length; i++) {
    const row = [i];
    for (let j = 1; j <= v.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (u[i - 1] === v[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[v.length] <= 2;
}
