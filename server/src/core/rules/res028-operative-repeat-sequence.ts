/**
 * In the operative part, `Also requests` follows an earlier `Requests`: `X also` or `Also X` needs an earlier `X`
 * (1,961 of 1,966 official `Also X` do; the other five are slips, information in an adopted text). `Further X`
 * straight after a plain `X` is accepted: official texts write it 16 times, so it is usage, not a slip.
 */
import { defineRule } from "../lint/types";
import { checkSequence } from "./res009-repeated-opener-sequence";

export default defineRule({
  id: "RES028",
  name: "operative-repeat-sequence",
  description: "In the operative part, 'Also X' and 'Further X' follow an earlier 'X'",
  tags: ["openers", "operative"],
  severity: "warning",
  fixable: false,
  check({ tree, report }) {
    checkSequence(tree.operative, report, false);
  },
});
