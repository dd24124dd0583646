/** The comparison engine's public surface. */
export * from "./types";
export { compareDocuments, summarize, hasEdits, openerOf } from "./compare";
export { comparableFromTree } from "./from-tree";
export { diffParagraphWords, oldSide, newSide } from "./words";
export { classifyChanges } from "./classify";
export { alignParagraphs } from "./align";
export { findPredecessor, recalledResolutions, resolutionNumber, type PredecessorMatch } from "./predecessor";
export { lineage, type Lineage } from "./lineage";
export { renderText } from "./render-text";
export { renderMarkdown } from "./render-markdown";
export { renderHtml } from "./render-html";
export { renderLineageText, renderLineageMarkdown, renderLineageHtml } from "./render-lineage";
export { strengthOf, strengthChange, qualifierChanges, rankedVerb, STRENGTH_SCALE, UNRANKED_VERBS, QUALIFIERS } from "./strength";
export type { ClassifyContext } from "./classify";
