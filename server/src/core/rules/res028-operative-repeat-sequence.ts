/**
 * In the operative part, `Also requests` follows an earlier `Requests`, and `Further requests` an earlier `Also
 * requests` (conventions §6.4): 1,961 of 1,966 official `Also X` follow `X`, 461 of 477 `Further X` follow `Also X`.
 * The official texts that break it are reported as information, like every finding in an adopted text.
 */
import { defineRule } from "../lint/types";
import { checkSequence } from "./res009-repeated-opener-sequence";

export default defineRule({
  id: "RES028",
  name: "operative-repeat-sequence",
  description: "In the operative part, 'Also X' follows an earlier 'X', and 'Further X' an earlier 'Also X'",
  tags: ["openers", "operative"],
  severity: "warning",
  fixable: false,
  check({ tree, report }) {
    checkSequence(tree.operative, report);
  },
});
