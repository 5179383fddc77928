/**
 * Spellings that differ only by the romanisation a clerk followed: the same Arabic jim is "j" in
 * English and BGN/PCGN practice and "dj" in French; kha is "kh" or "h"; Russian у is "u" or "ou";
 * й and ы end names as "y" or "i"; qaf is "q" or "k". A token folded by this table is compared with
 * the other side folded the same way, so "Djamal" meets "Jamal" and "Halid" meets "Khalid" without
 * letting any two names that merely look alike meet.
 */
const variants: Record<string, string> = {
  sch: 'sh',
  tch: 'ch',
  dj: 'j',
  kh: 'h',
  ph: 'f',
  gh: 'g',
  ck: 'k',
  ou: 'u',
  oo: 'u',
  ee: 'i',
  ie: 'i',
  y: 'i',
  q: 'k',
  w: 'v',
};
// Longest first, in one pass over the token.
const pattern = new RegExp(
  Object.keys(variants)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
const folds = new Map<string, string>();

export function romanisationFold(token: string): string {
  let folded = folds.get(token);
  if (folded === undefined) {
    folded = token.replace(pattern, (variant) => variants[variant]);
    if (folds.size >= 200_000) folds.clear();
    folds.set(token, folded);
  }
  return folded;
}
