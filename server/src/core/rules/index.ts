/**
 * The rule registry: an explicit list, one import per rule. Ids are never reused; a retired
 * rule stays here as a comment so its id is not given to another.
 *
 * RES000 is reserved for the engine's internal diagnostic (a rule that crashed).
 */
import type { Rule } from "../lint/types";
import res001 from "./res001-structure-order";
import res002 from "./res002-preambular-opener";
import res003 from "./res003-preambular-comma";
import res004 from "./res004-operative-numbering";
import res005 from "./res005-operative-verb";
import res006 from "./res006-operative-end-mark";
import res007 from "./res007-subparagraph-punctuation";
import res008 from "./res008-subparagraph-labels";
import res009 from "./res009-repeated-opener-sequence";
import res010 from "./res010-repeat-adverb-position";
import res011 from "./res011-footnote-pairs";
import res012 from "./res012-footnote-order";
import res013 from "./res013-footnote-marker-placement";
import res014 from "./res014-footnote-ibid";
import res015 from "./res015-resolution-symbol";
import res016 from "./res016-date-format";
import res017 from "./res017-reference-chronology";
import res018 from "./res018-session-ordinal";
import res019 from "./res019-session-stale";
import res020 from "./res020-meeting-numeral";
import res021 from "./res021-unbalanced-brackets";
import res022 from "./res022-final-leftovers";
import res023 from "./res023-curly-quotes";
import res024 from "./res024-doubled-word";
import res025 from "./res025-doubled-space";
import res026 from "./res026-internal-reference";
import res027 from "./res027-present-resolution";
import res028 from "./res028-operative-repeat-sequence";
import res029 from "./res029-organ-name";
import res030 from "./res030-document-symbol";
import res031 from "./res031-opener-capitals";
import res032 from "./res032-security-council-year";

export const rules: readonly Rule[] = [
  res001,
  res002,
  res003,
  res004,
  res005,
  res006,
  res007,
  res008,
  res009,
  res010,
  res011,
  res012,
  res013,
  res014,
  res015,
  res016,
  res017,
  res018,
  res019,
  res020,
  res021,
  res022,
  res023,
  res024,
  res025,
  res026,
  res027,
  res028,
  res029,
  res030,
  res031,
  res032,
];

/** Find a rule by id (`RES012`, any case) or name (`footnote-order`). */
export function findRule(idOrName: string): Rule | undefined {
  return rules.find((r) => r.id === idOrName.toUpperCase() || r.name === idOrName);
}
