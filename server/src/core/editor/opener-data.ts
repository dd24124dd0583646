/** The shipped opener lists, as the editor features consume them. */
import { OPERATIVE_OPENERS, PREAMBULAR_OPENERS } from "../data/openers";
import type { OpenerData } from "./openers";

export const SHIPPED_OPENERS: OpenerData = { preamble: PREAMBULAR_OPENERS, operative: OPERATIVE_OPENERS };
