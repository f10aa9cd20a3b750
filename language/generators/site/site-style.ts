/**
 * The one shared stylesheet of the portfolio (`site.css`): light and dark follow the reader's
 * scheme, print drops the navigation and search and keeps tables whole.
 */
export const SITE_CSS = `:root { color-scheme: light dark; --fg: #1d2430; --muted: #5b6474; --bg: #ffffff; --panel: #f4f6f9; --line: #d8dde5; --accent: #2457c5; --good: #1f7a3a; --bad: #b3261e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ef; --muted: #a3abb9; --bg: #151a22; --panel: #1f2630; --line: #36404e; --accent: #8ab4ff; --good: #6fd08c; --bad: #ff8a80; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
.site-nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; padding: .6rem 1.5rem; background: var(--panel); border-bottom: 1px solid var(--line); }
.site-nav .site-name { font-weight: 700; margin-right: .5rem; color: var(--fg); text-decoration: none; }
.site-nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--fg); }
.site-search { margin-left: auto; display: flex; gap: .3rem; }
.site-search input { font: inherit; padding: .2rem .4rem; min-width: 16rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }
.site-search button { font: inherit; }
main { padding: 1rem 1.5rem 2rem; max-width: 90rem; }
h1 { margin: .2rem 0 .6rem; font-size: 1.6rem; }
h2 { margin: 1.4rem 0 .5rem; font-size: 1.15rem; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); }
.muted, .intro { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: unset; cursor: pointer; }
th button::after { content: " ↕"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " ↑"; }
th[aria-sort="descending"] button::after { content: " ↓"; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; margin: .5rem 0; }
.filters select { font: inherit; }
.heat td.cell { text-align: center; min-width: 5.5rem; font-variant-numeric: tabular-nums; color: #111; }
.heat td.heat-0 { background: hsl(0 70% 78%); }
.heat td.heat-1 { background: hsl(15 70% 78%); }
.heat td.heat-2 { background: hsl(30 70% 78%); }
.heat td.heat-3 { background: hsl(45 70% 78%); }
.heat td.heat-4 { background: hsl(60 70% 78%); }
.heat td.heat-5 { background: hsl(75 70% 78%); }
.heat td.heat-6 { background: hsl(90 70% 78%); }
.heat td.heat-7 { background: hsl(105 70% 78%); }
.heat td.heat-8 { background: hsl(120 70% 78%); }
.heat td.heat-none { background: #d9d9d9; }
.heat td.empty { background: transparent; color: var(--muted); }
.board { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; align-items: start; }
.board section { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .7rem; }
.board h2 { margin: .2rem 0 .5rem; text-transform: capitalize; }
.card { background: var(--bg); border: 1px solid var(--line); border-radius: 5px; padding: .45rem .6rem; margin: 0 0 .5rem; }
.card h3 { margin: 0 0 .2rem; font-size: .95rem; }
.card p { margin: .1rem 0; font-size: .85rem; }
.met { color: var(--good); font-weight: 600; }
.missed { color: var(--bad); font-weight: 600; }
.critical { color: var(--bad); }
ul.plain { padding-left: 1.1rem; margin: .2rem 0 .8rem; }
.results li { margin: .2rem 0; }
.results .kind { color: var(--muted); font-size: .8rem; margin-left: .4rem; }
footer { padding: 1rem 1.5rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); }
[hidden] { display: none !important; }
@media print { .site-nav, .site-search, .filters, footer { display: none; } body { font-size: 11pt; } main { max-width: none; padding: 0; } tr, .card { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
`;
