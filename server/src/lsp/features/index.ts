/** The registry of language features: one import and one entry each. */
import type { Feature } from "../context";
import { diagnostics } from "./diagnostics";
import { symbols } from "./symbols";

export const features: readonly Feature[] = [diagnostics, symbols];
