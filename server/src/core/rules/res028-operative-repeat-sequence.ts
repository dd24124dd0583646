/**
 * In the operative part, `Also requests` follows an earlier `Requests`. Official texts break this
 * now and then (1,961 of 1,966 `Also X` follow `X`; `Further X` straight after `X` 16 times), so
 * the rule advises rather than warns, and accepts `Further X` after a plain `X`.
 */
import { defineRule } from "../lint/types";
import { checkSequence } from "./res009-repeated-opener-sequence";

export default defineRule({
  id: "RES028",
  name: "operative-repeat-sequence",
  description: "In the operative part, 'Also X' and 'Further X' follow an earlier 'X'",
  tags: ["openers", "operative"],
  severity: "information",
  fixable: false,
  check({ tree, report }) {
    checkSequence(tree.operative, report, false);
  },
});
