/** The registry of language features: one import and one entry each. */
import type { Feature } from "../context";
import { diagnostics } from "./diagnostics";
import { symbols } from "./symbols";
import { structure } from "./structure";
import { hover } from "./hover";
import { navigation } from "./navigation";
import { links } from "./links";
import { completion } from "./completion";
import { semanticTokens } from "./semantic-tokens";
import { status } from "./status";
import { codeActions } from "./code-actions";
import { commands } from "./commands";
import { compareFeature } from "./compare";
import { exportFeature } from "./export";

export const features: readonly Feature[] = [diagnostics, symbols, structure, hover, navigation, links, completion, semanticTokens, status, codeActions, commands, compareFeature, exportFeature];
