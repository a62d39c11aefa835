/**
 * The site's one stylesheet, inline: a side navigation that stays on screen beside the content,
 * headings that land uncovered after a jump, tables that scroll inside their own box, example
 * frames side by side, light and dark colours from `prefers-color-scheme`, and print rules.
 */
export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d0d7de; --rule: #d8dee4;
  --code-bg: #f6f8fa; --nav-bg: #f6f8fa; --link: #0550ae; --current: #ddf4ff;
  --warn-border: #d4a72c; --warn-bg: #fff8c5; --badge-bg: #eaeef2; --signed-fg: #6639ba; --signed-bg: #fbefff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --rule: #2f353d;
    --code-bg: #151b23; --nav-bg: #010409; --link: #4493f8; --current: #1b2b44;
    --warn-border: #9e6a03; --warn-bg: #2a2313; --badge-bg: #262c36; --signed-fg: #d2a8ff; --signed-bg: #2a1f3d;
  }
}
* { box-sizing: border-box; }
html { scroll-padding-top: 1rem; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  display: grid; grid-template-columns: 18rem minmax(0, 1fr); }
a { color: var(--link); }
[id] { scroll-margin-top: 1rem; }

#nav { position: sticky; top: 0; height: 100vh; overflow-y: auto; overscroll-behavior: contain; background: var(--nav-bg);
  border-right: 1px solid var(--border); padding: .6rem .5rem 1.5rem .75rem; font-size: 13px; line-height: 1.25; }
#nav a { text-decoration: none; color: inherit; }
#nav .home { display: block; font-weight: 600; font-size: 14px; margin: 0 0 .4rem; color: var(--fg); }
#nav .search { position: relative; margin: 0 0 .4rem; }
#nav input { width: 100%; font: inherit; font-size: 14px; padding: .3rem 1.8rem .3rem .5rem; color: var(--fg); background: var(--bg);
  border: 1px solid var(--border); border-radius: 6px; }
#nav input:focus { outline: 2px solid var(--link); outline-offset: -1px; }
#nav input:focus + kbd, #nav input:not(:placeholder-shown) + kbd { display: none; }
#nav .search kbd { position: absolute; right: .45rem; top: .35rem; font: 12px ui-monospace, monospace; color: var(--muted);
  border: 1px solid var(--border); border-radius: 4px; padding: 0 .3rem; }
#nav ul { list-style: none; margin: 0; padding: 0; }
#nav .topics { display: flex; flex-wrap: wrap; gap: 0 .6rem; margin: 0 0 .2rem; padding: 0 .25rem .3rem; border-bottom: 1px solid var(--border); }
#nav .topics a { color: var(--link); }
#nav .group-title { font-size: 11px; line-height: 1.2; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: .4rem .25rem .05rem; font-weight: 600; }
#nav .group-title a { color: inherit; }
#nav li a.entry { display: flex; align-items: baseline; gap: .3rem; padding: 0 .25rem; border-radius: 4px; }
#nav li a.entry:hover, #nav li a.entry:focus-visible { background: var(--badge-bg); }
#nav li a.entry[aria-current="true"] { background: var(--current); font-weight: 600; }
#nav .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
#nav .badges { margin-left: auto; display: flex; gap: .2rem; flex: none; }
.badge { font: 10.5px/1.25 ui-monospace, monospace; padding: 0 .25rem; border-radius: 3px; background: var(--badge-bg); color: var(--muted); white-space: nowrap; }
.badge.signed { background: var(--signed-bg); color: var(--signed-fg); }
#search-empty { color: var(--muted); margin: .5rem .25rem; }
[hidden] { display: none !important; }

main { min-width: 0; max-width: 68rem; padding: 0 1.75rem 4rem; }
section.page { border-top: 2px solid var(--border); margin-top: 2.5rem; }
section.page:first-child { border-top: 0; margin-top: 0; }
h1, h2, h3, h4 { line-height: 1.25; }
h2 { margin-top: 2.2em; }
h3 { border-bottom: 1px solid var(--rule); padding-bottom: .25em; margin-top: 2.4em; font-size: 1.3em; overflow-wrap: anywhere; }
h4 { margin: 1.6em 0 .5em; }
h3 code { font-size: .9em; background: none; padding: 0; }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code-bg); }
code { padding: .1em .3em; border-radius: 4px; overflow-wrap: anywhere; }
pre { padding: .8em 1em; margin: 0; overflow: auto; border-radius: 6px; border: 1px solid var(--rule); }
pre code { padding: 0; background: none; overflow-wrap: normal; }
p, li { overflow-wrap: anywhere; }

.table-wrap { overflow-x: auto; margin: 1em 0; border: 1px solid var(--border); border-radius: 6px; }
table { border-collapse: collapse; font-size: 13.5px; line-height: 1.4; width: 100%; }
th, td { border-bottom: 1px solid var(--border); padding: .35em .5em; vertical-align: top; text-align: left; }
th + th, td + td { border-left: 1px solid var(--rule); }
tbody tr:last-child td { border-bottom: 0; }
th { background: var(--code-bg); }
td { max-width: 40ch; }
td code { overflow-wrap: normal; }

blockquote { margin: 1em 0; padding: .1em 1em; border-left: 4px solid var(--warn-border); background: var(--warn-bg); }

.examples { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 1rem; margin: 1em 0; align-items: start; }
figure.example { margin: 0; min-width: 0; }
figure.example figcaption { font-size: 14px; margin: 0 0 .35em; overflow-wrap: anywhere; }
.frame { position: relative; }
.frame pre { max-height: 32rem; }
button.copy { position: absolute; top: .35rem; right: .35rem; font: 12px system-ui, sans-serif; padding: .15rem .5rem; cursor: pointer;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; opacity: .85; }
button.copy:hover, button.copy:focus-visible { opacity: 1; }
.canonical { margin-top: .6em; }
.canonical p { font-size: 14px; margin: 0 0 .35em; }
.canonical pre { padding-right: 4.5rem; }
.canonical pre, .canonical pre code { white-space: pre-wrap; overflow-wrap: anywhere; }

@media (max-width: 60rem) {
  body { display: block; }
  #nav { position: static; height: auto; max-height: 60vh; border-right: 0; border-bottom: 1px solid var(--border); }
  main { padding: 0 1rem 3rem; }
}

@media print {
  :root {
    color-scheme: light;
    --bg: #ffffff; --fg: #000000; --muted: #444444; --border: #999999; --rule: #bbbbbb; --code-bg: #f4f4f4; --link: #000000;
    --warn-bg: #ffffff; --badge-bg: #eeeeee; --signed-fg: #000000; --signed-bg: #eeeeee;
  }
  body { display: block; font-size: 11pt; }
  #nav, button.copy { display: none !important; }
  main { max-width: none; padding: 0; }
  section.page { break-before: page; border-top: 0; }
  section.page:first-child { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  figure.example, tr, blockquote { break-inside: avoid; }
  pre, .frame pre, pre code { white-space: pre-wrap; overflow-wrap: anywhere; max-height: none; overflow: visible; }
  .table-wrap { overflow: visible; border: 0; }
  table { width: 100%; max-width: none; }
  td { max-width: none; }
  td code { white-space: normal; overflow-wrap: anywhere; }
  .examples { display: block; }
  figure.example { margin: 0 0 .8em; }
  a { text-decoration: none; }
}
`.trim();
