// Hostile Markdown and HTML an author, a learner or a classmate could type. Each tries to run
// script: if one ever does, it records its name in window.__xss (or opens a dialog), which the
// browser test looks for; the DOM and Content-Security-Policy checks catch it even when the
// policy blocks the script from running.

export const XSS_PAYLOADS: readonly { name: string; text: string }[] = [
  { name: "script tag", text: `<script>window.__xss=(window.__xss||[]).concat("script")</script>` },
  { name: "img onerror", text: `<img src=x onerror="window.__xss=(window.__xss||[]).concat('img')">` },
  { name: "svg onload", text: `<svg onload="window.__xss=(window.__xss||[]).concat('svg')"><circle r="1"/></svg>` },
  { name: "javascript: link", text: `[click me](javascript:window.__xss=(window.__xss||[]).concat('link'))` },
  { name: "mixed-case scheme", text: `[again](JaVaScRiPt:alert('case'))` },
  { name: "entity-encoded scheme", text: `<a href="&#106;avascript:alert('entity')">entity</a>` },
  { name: "data: link", text: `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)` },
  { name: "iframe srcdoc", text: `<iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe>` },
  { name: "details ontoggle", text: `<details open ontoggle="window.__xss=(window.__xss||[]).concat('details')">x</details>` },
  { name: "markdown image onerror", text: `![pic](x" onerror="window.__xss='mdimg')` },
  { name: "autofocus onfocus", text: `<input autofocus onfocus="window.__xss=(window.__xss||[]).concat('focus')">` },
  { name: "form javascript action", text: `<form action="javascript:alert('form')"><button>go</button></form>` },
  { name: "object data", text: `<object data="javascript:alert('object')"></object>` },
  { name: "mutation XSS", text: `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss='mxss'">` },
  { name: "attribute break-out", text: `"><script>window.__xss='break'</script><"` },
  { name: "style import", text: `<style>@import 'javascript:alert(1)'; body{background:url("javascript:alert(2)")}</style>` },
  { name: "meta refresh", text: `<meta http-equiv="refresh" content="0;url=javascript:alert('meta')">` },
  { name: "base href", text: `<base href="javascript:alert('base')//">` },
];

/** Every payload as one Markdown document, each under its own heading. */
export function hostileMarkdown(title: string): string {
  return [`# ${title}`, ...XSS_PAYLOADS.map((payload) => `## ${payload.name}\n\n${payload.text}\n`)].join("\n\n");
}
