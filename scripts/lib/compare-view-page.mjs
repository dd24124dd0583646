// The comparison view's page outside VS Code, for the bench and quick looks: the built script
// and stylesheet (dist/webview/) inlined, `acquireVsCodeApi` stubbed, a few theme variables set,
// and the server's answer posted to it as VS Code would. The real page is made by
// client/src/compare-view.ts; the e2e test checks that one in code-server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { distDir } from "./paths.mjs";

const THEMES = {
  dark: { "editor-background": "#1f1f1f", foreground: "#cccccc", descriptionForeground: "#9d9d9d", "diffEditor-insertedTextBackground": "#9ccc2c33", "diffEditor-removedTextBackground": "#ff000033", focusBorder: "#0078d4", "badge-background": "#616161", "badge-foreground": "#f8f8f8", "button-background": "#0078d4", "button-foreground": "#ffffff", "input-background": "#313131", "input-foreground": "#cccccc", "panel-border": "#2b2b2b", "textLink-foreground": "#4daafc", "editorWarning-foreground": "#cca700" },
  light: { "editor-background": "#ffffff", foreground: "#3b3b3b", descriptionForeground: "#717171", "diffEditor-insertedTextBackground": "#9ccc2c40", "diffEditor-removedTextBackground": "#ff000033", focusBorder: "#005fb8", "badge-background": "#cccccc", "badge-foreground": "#3b3b3b", "button-background": "#005fb8", "button-foreground": "#ffffff", "input-background": "#ffffff", "input-foreground": "#3b3b3b", "panel-border": "#e5e5e5", "textLink-foreground": "#005fb8", "editorWarning-foreground": "#bf8803" },
};

const scriptSafe = (s) => s.replace(/</g, "\\u003c");

/** A whole HTML document showing `message` (an ExtensionToView "data" message). */
export function compareViewPage(message, theme = "dark") {
  const vars = Object.entries(THEMES[theme]).map(([k, v]) => `--vscode-${k}:${v};`).join("");
  const css = readFileSync(join(distDir, "webview", "compare.css"), "utf8");
  const js = readFileSync(join(distDir, "webview", "compare.js"), "utf8");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>:root{${vars}--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-editor-font-family:monospace}</style><style>${css}</style></head>
<body class="vscode-${theme}"><div id="app"></div>
<script>window.__posted=[];window.__state=null;function acquireVsCodeApi(){return{postMessage:function(m){window.__posted.push(m)},getState:function(){return window.__state},setState:function(s){window.__state=s}}}</script>
<script>${js.replace(/<\/script/gi, "<\\/script")}</script>
<script>window.postMessage(${scriptSafe(JSON.stringify(message))}, "*");</script>
</body></html>`;
}
