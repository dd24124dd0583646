/**
 * Adopted text or draft, from a text's identity alone: a draft's own symbol (`A/C.3/80/L.3`) says it is a draft,
 * even where last year's number was left before the title; otherwise a `/RES/` symbol or a resolution number
 * above the title marks the text as adopted. Lint severities, the Akoma Ntoso document type and the choice of a
 * predecessor all ask this one question.
 */
export function isAdoptedText(symbol: string | null | undefined, number: string | null | undefined): boolean {
  const s = symbol ?? "";
  if (/\/L\.\d/.test(s)) return false;
  return /\/RES\//.test(s) || !!number;
}
