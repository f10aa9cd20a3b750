/**
 * The stylesheet of the HTML journey map, inlined in every page (the page loads nothing).
 * Colours are CSS variables with a light and a dark set (`prefers-color-scheme`); print always
 * uses the light set on white paper, A3 landscape, and keeps cards and rows whole.
 * Every class starts with `jm-`, so a page that embeds the map's markup keeps its own styles.
 */
export const JOURNEY_MAP_CSS = `
:root {
    color-scheme: light dark;
    --jm-bg: #f4f6f9;
    --jm-surface: #ffffff;
    --jm-text: #1d2430;
    --jm-muted: #5b6573;
    --jm-border: #d5dae1;
    --jm-accent: #2f5fb3;
    --jm-band: #eef2f8;
    --jm-band-alt: #f9fafc;
    --jm-grid: #c9d0da;
    --jm-critical: #c62828;
    --jm-critical-bg: #fdecea;
    --jm-wow: #2e7d32;
    --jm-wow-bg: #e8f5e9;
    --jm-pain-bg: #fff4f2;
    --jm-opportunity-bg: #eef5ff;
    --jm-score-1: #c62828;
    --jm-score-2: #e65100;
    --jm-score-3: #757d89;
    --jm-score-4: #558b2f;
    --jm-score-5: #2e7d32;
    --jm-diagram-bg: #ffffff;
}
@media (prefers-color-scheme: dark) {
    :root {
        --jm-bg: #12151a;
        --jm-surface: #1b1f26;
        --jm-text: #e6e9ee;
        --jm-muted: #a3acb9;
        --jm-border: #363d49;
        --jm-accent: #8ab4ff;
        --jm-band: #232a35;
        --jm-band-alt: #1b1f26;
        --jm-grid: #434b58;
        --jm-critical: #ff7b72;
        --jm-critical-bg: #3b2022;
        --jm-wow: #7ee08a;
        --jm-wow-bg: #1d3322;
        --jm-pain-bg: #2e1f1f;
        --jm-opportunity-bg: #1c2838;
        --jm-score-1: #ff7b72;
        --jm-score-2: #ffa657;
        --jm-score-3: #a3acb9;
        --jm-score-4: #a5d6a7;
        --jm-score-5: #7ee08a;
        /* Mermaid draws in its default (light) theme: the diagrams stay on paper. */
        --jm-diagram-bg: #f4f6f9;
    }
}
* { box-sizing: border-box; }
html { background: var(--jm-bg); color: var(--jm-text); }
body {
    margin: 0;
    font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    background: var(--jm-bg);
    color: var(--jm-text);
}
.jm-page { padding: 24px; display: grid; gap: 20px; }
.jm-header h1 { margin: 0 0 4px; font-size: 28px; line-height: 1.2; }
.jm-kicker { margin: 0; color: var(--jm-muted); font-size: 12px; letter-spacing: .08em; text-transform: uppercase; }
.jm-description { margin: 4px 0 12px; font-size: 16px; color: var(--jm-muted); max-width: 70em; }
.jm-facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0; }
.jm-facts div { display: flex; flex-direction: column; }
.jm-facts dt { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--jm-muted); }
.jm-facts dd { margin: 0; font-weight: 600; }
.jm-section {
    background: var(--jm-surface);
    border: 1px solid var(--jm-border);
    border-radius: 10px;
    padding: 16px 20px;
    min-width: 0;
}
.jm-section > h2 { margin: 0 0 12px; font-size: 18px; }
.jm-section > .jm-note { margin: -8px 0 12px; color: var(--jm-muted); font-size: 13px; }
.jm-none { color: var(--jm-muted); font-style: italic; margin: 0; }

/* Persona and offering cards */
.jm-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 360px), 1fr)); gap: 16px; }
.jm-card {
    border: 1px solid var(--jm-border);
    border-top: 4px solid var(--jm-accent);
    border-radius: 8px;
    padding: 12px 16px;
    break-inside: avoid;
}
.jm-card h3 { margin: 0; font-size: 17px; }
.jm-card h4 { margin: 10px 0 2px; font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--jm-muted); }
.jm-card ul { margin: 0; padding-left: 18px; }
.jm-card p { margin: 6px 0 0; }
.jm-segment { display: inline-block; margin-top: 4px; font-size: 11px; font-weight: 700; letter-spacing: .06em; color: var(--jm-accent); }
.jm-quote { margin: 8px 0 0; padding: 2px 0 2px 10px; border-left: 3px solid var(--jm-accent); font-style: italic; }
.jm-chips { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.jm-chip { border: 1px solid var(--jm-border); border-radius: 999px; padding: 0 8px; font-size: 12px; white-space: nowrap; }
.jm-moscow { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 0 12px; }

/* The map: phases as columns, one column per touchpoint, one row per lane */
.jm-scroll { overflow-x: auto; }
.jm-map { border-collapse: separate; border-spacing: 0; font-size: 13px; min-width: 100%; }
.jm-map th, .jm-map td {
    border-bottom: 1px solid var(--jm-border);
    border-right: 1px solid var(--jm-border);
    padding: 6px 8px;
    vertical-align: top;
    text-align: left;
}
.jm-map td { min-width: 150px; max-width: 240px; }
/* A long URL or word in a title wraps instead of widening its column. */
.jm-map td, .jm-table td, .jm-card { overflow-wrap: anywhere; }
.jm-map th[scope="row"] {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--jm-surface);
    font-size: 11px;
    text-transform: uppercase;
    letter-spacing: .06em;
    color: var(--jm-muted);
    white-space: nowrap;
}
.jm-map thead th { background: var(--jm-band); }
.jm-map .jm-phase-alt { background: var(--jm-band-alt); }
.jm-phase-title { font-size: 15px; }
.jm-phase-meta { display: block; font-weight: 400; font-size: 12px; color: var(--jm-muted); }
.jm-map ul { margin: 0; padding-left: 16px; }
.jm-map li + li { margin-top: 3px; }
.jm-touchpoint strong { display: block; }
.jm-number {
    display: inline-block; min-width: 20px; padding: 0 5px; margin-right: 4px;
    border-radius: 999px; background: var(--jm-accent); color: var(--jm-surface);
    font-size: 11px; font-weight: 700; text-align: center;
}
.jm-touchpoint.jm-critical { box-shadow: inset 0 4px 0 var(--jm-critical); background: var(--jm-critical-bg); }
.jm-touchpoint.jm-wow { box-shadow: inset 0 4px 0 var(--jm-wow); }
.jm-touchpoint.jm-addressed { box-shadow: inset 0 4px 0 var(--jm-score-2); }
.jm-touchpoint.jm-critical.jm-wow { box-shadow: inset 0 4px 0 var(--jm-critical); }
.jm-touchpoint.jm-addressed.jm-wow { box-shadow: inset 0 4px 0 var(--jm-score-2); }
.jm-badge { display: inline-block; margin: 2px 4px 0 0; padding: 0 6px; border-radius: 4px; font-size: 11px; font-weight: 700; }
.jm-badge-critical { background: var(--jm-critical); color: var(--jm-surface); }
.jm-badge-addressed { border: 1px dashed var(--jm-score-2); color: var(--jm-score-2); }
.jm-badge-wow { background: var(--jm-wow); color: var(--jm-surface); }
.jm-detail { display: block; color: var(--jm-muted); font-size: 12px; }
.jm-lane-pains td:not(:empty) { background: var(--jm-pain-bg); }
.jm-lane-opportunities td:not(:empty) { background: var(--jm-opportunity-bg); }
.jm-lane-wow td:not(:empty) { background: var(--jm-wow-bg); }
.jm-score { display: inline-block; min-width: 26px; padding: 1px 6px; border-radius: 4px; font-weight: 700; text-align: center; color: var(--jm-surface); }
.jm-score-1 { background: var(--jm-score-1); }
.jm-score-2 { background: var(--jm-score-2); }
.jm-score-3 { background: var(--jm-score-3); }
.jm-score-4 { background: var(--jm-score-4); }
.jm-score-5 { background: var(--jm-score-5); }

/* The emotion curve (inline SVG drawn by emotion-curve.ts) */
.jm-figure { margin: 0; }
.jm-figure figcaption { margin-top: 6px; color: var(--jm-muted); font-size: 12px; }
.jm-curve { display: block; max-width: 100%; height: auto; font-family: inherit; }
.jm-curve-band { fill: var(--jm-band); }
.jm-curve-band-alt { fill: var(--jm-band-alt); }
.jm-curve-critical-zone { fill: var(--jm-critical-bg); }
.jm-curve-grid { stroke: var(--jm-grid); stroke-width: 1; stroke-dasharray: 2 3; }
.jm-curve-axis { stroke: var(--jm-muted); stroke-width: 1.5; }
.jm-curve-tick, .jm-curve-number { fill: var(--jm-muted); font-size: 12px; }
.jm-curve-number { font-weight: 700; fill: var(--jm-text); }
.jm-curve-label { fill: var(--jm-muted); font-size: 12px; }
.jm-curve-phase { fill: var(--jm-text); font-size: 12px; font-weight: 700; }
.jm-curve-line { fill: none; stroke: var(--jm-accent); stroke-width: 2.5; stroke-linejoin: round; }
.jm-curve-point { fill: var(--jm-accent); stroke: var(--jm-surface); stroke-width: 2; }
.jm-curve-line-assumed { fill: none; stroke: var(--jm-muted); stroke-width: 1.5; stroke-dasharray: 6 4; }
.jm-curve-assumed-point { fill: var(--jm-surface); stroke: var(--jm-muted); stroke-width: 1.5; }
.jm-kpi-missed { color: var(--jm-critical, #b42318); font-weight: 600; }
.jm-curve-answers { font-size: 10px; fill: var(--jm-muted); }
.jm-curve-legend text { font-size: 11px; fill: var(--jm-text, currentColor); }
.jm-curve-critical { fill: var(--jm-critical); stroke: var(--jm-surface); stroke-width: 2; }
.jm-curve-critical-mark { fill: var(--jm-surface); font-size: 11px; font-weight: 700; pointer-events: none; }
.jm-curve-unscored { fill: var(--jm-surface); stroke: var(--jm-muted); stroke-width: 2; stroke-dasharray: 3 2; }
.jm-curve-wow { fill: var(--jm-wow); font-size: 14px; }
.jm-legend { display: inline-flex; align-items: center; gap: 4px; margin-right: 14px; }
.jm-legend-mark { display: inline-block; width: 10px; height: 10px; border-radius: 50%; }
.jm-legend-point { background: var(--jm-accent); }
.jm-legend-critical { background: var(--jm-critical); }
.jm-legend-unscored { border: 2px dashed var(--jm-muted); }
.jm-legend-zone { border-radius: 2px; background: var(--jm-critical-bg); border: 1px solid var(--jm-critical); }
.jm-legend-wow { color: var(--jm-wow); }

/* Mermaid diagrams: each in its own shadow root, on paper */
/* On screen the tables are sections of the page like the others. */
.jm-tables { display: contents; }
.jm-diagram-frame { background: var(--jm-diagram-bg); border-radius: 8px; padding: 12px; overflow-x: auto; }

/* Improvements, KPIs */
.jm-table { border-collapse: collapse; width: 100%; font-size: 13px; }
.jm-table th, .jm-table td { border-bottom: 1px solid var(--jm-border); padding: 6px 8px; text-align: left; vertical-align: top; }
.jm-table thead th { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--jm-muted); }
.jm-table tr { break-inside: avoid; }
.jm-status { display: inline-block; padding: 0 6px; border-radius: 4px; border: 1px solid var(--jm-border); font-size: 12px; white-space: nowrap; }
.jm-status-done { background: var(--jm-wow-bg); border-color: var(--jm-wow); }
.jm-status-doing { border-color: var(--jm-accent); color: var(--jm-accent); }

/* The checklist */
.jm-checklist { columns: 2 420px; column-gap: 32px; }
.jm-checklist h3 { margin: 0 0 6px; font-size: 14px; break-after: avoid; }
.jm-checklist h3:not(:first-child) { margin-top: 12px; }
.jm-checklist p { margin: 0; }
.jm-tasks { list-style: none; margin: 0; padding: 0; }
.jm-task { display: flex; gap: 8px; padding: 3px 0; break-inside: avoid; font-size: 13px; }
.jm-box {
    flex: none; width: 16px; height: 16px; margin-top: 2px;
    border: 2px solid var(--jm-muted); border-radius: 3px;
    font-size: 12px; line-height: 12px; text-align: center; font-weight: 700;
}
.jm-task-done .jm-box { border-color: var(--jm-wow); background: var(--jm-wow); color: var(--jm-surface); }
.jm-task-done .jm-task-text { color: var(--jm-muted); }
.jm-task-label { font-weight: 700; }
.jm-task-critical .jm-task-label { color: var(--jm-critical); }
.jm-task-owner { display: inline-block; margin-left: 4px; padding: 0 6px; border-radius: 999px; background: var(--jm-band); color: var(--jm-muted); font-size: 11px; }
.jm-footer { color: var(--jm-muted); font-size: 12px; }

@media print {
    @page { size: A3 landscape; margin: 6mm; }
    :root {
        color-scheme: light;
        --jm-bg: #ffffff;
        --jm-surface: #ffffff;
        --jm-text: #000000;
        --jm-muted: #4a525e;
        --jm-border: #c4cad3;
        --jm-accent: #2f5fb3;
        --jm-band: #eef2f8;
        --jm-band-alt: #f9fafc;
        --jm-grid: #c9d0da;
        --jm-critical: #c62828;
        --jm-critical-bg: #fdecea;
        --jm-wow: #2e7d32;
        --jm-wow-bg: #e8f5e9;
        --jm-pain-bg: #fff4f2;
        --jm-opportunity-bg: #eef5ff;
        --jm-score-1: #c62828;
        --jm-score-2: #e65100;
        --jm-score-3: #757d89;
        --jm-score-4: #558b2f;
        --jm-score-5: #2e7d32;
        --jm-diagram-bg: #ffffff;
    }
    html, body { font-size: 8px; line-height: 1.3; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    /* One sheet: facts and personas on top, the map across, the curve, the journey diagram,
       improvements and KPIs side by side, then the flow and the checklist. */
    .jm-page { zoom: 0.94; padding: 0; gap: 4px 10px; grid-template-columns: repeat(12, minmax(0, 1fr)); grid-auto-flow: row dense; align-items: start; }
    .jm-page > * { grid-column: span 12; }
    #overview { grid-column: span 3; }
    #personas { grid-column: span 9; }
    #emotion-curve { grid-column: span 3; }
    #journey-diagram { grid-column: span 3; }
    .jm-page > .jm-tables { grid-column: span 6; display: grid; gap: 4px; }
    /* The improvements table says which touchpoints each improvement is for. */
    .jm-lane-improvements { display: none; }
    .jm-section { border: none; border-radius: 0; padding: 0; break-inside: avoid; }
    .jm-section > h2 { font-size: 11px; margin: 0 0 3px; break-after: avoid; }
    .jm-section > .jm-note { display: none; }
    .jm-kicker { font-size: 7px; }
    .jm-header h1 { font-size: 16px; }
    .jm-description { font-size: 9px; margin: 2px 0 4px; }
    .jm-facts { gap: 2px 12px; }
    .jm-facts dt { font-size: 6.5px; }
    .jm-cards { grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 6px; }
    .jm-card { padding: 3px 6px; border-top-width: 2px; }
    .jm-card h3 { font-size: 10px; }
    .jm-card h4 { margin-top: 2px; font-size: 6.5px; }
    .jm-card p { margin-top: 2px; }
    .jm-card ul { padding-left: 10px; }
    .jm-segment { font-size: 7px; margin-top: 0; }
    .jm-persona-lists { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 4px; }
    .jm-quote { margin-top: 2px; padding: 0 0 0 6px; }
    .jm-chips { gap: 2px; margin-top: 1px; }
    .jm-chip { font-size: 7px; padding: 0 4px; }
    .jm-scroll, .jm-diagram-frame { overflow: visible; }
    .jm-map { font-size: 7px; width: 100%; }
    .jm-map th, .jm-map td { padding: 1px 3px; min-width: 0; max-width: none; }
    .jm-map ul { padding-left: 8px; }
    .jm-map li + li { margin-top: 1px; }
    .jm-phase-title { font-size: 9px; }
    .jm-phase-meta, .jm-detail { font-size: 7px; }
    .jm-map th[scope="row"] { position: static; font-size: 6.5px; }
    .jm-touchpoint-name { display: none; }
    .jm-number, .jm-badge, .jm-status, .jm-task-owner { font-size: 6.5px; padding: 0 3px; }
    .jm-number { min-width: 12px; }
    .jm-score { font-size: 7.5px; min-width: 14px; padding: 0 3px; }
    .jm-figure figcaption { font-size: 7px; margin-top: 2px; }
    .jm-legend { margin-right: 8px; }
    .jm-legend-mark { width: 7px; height: 7px; }
    .jm-diagram-frame { padding: 0; }
    .jm-table { font-size: 7.5px; }
    .jm-table thead th { font-size: 6.5px; }
    .jm-table th, .jm-table td { padding: 1px 3px; }
    .jm-checklist { columns: 4; column-gap: 10px; }
    .jm-checklist h3 { font-size: 8.5px; margin-bottom: 1px; }
    .jm-checklist h3:not(:first-child) { margin-top: 3px; }
    .jm-task { font-size: 7px; padding: 0; gap: 3px; }
    .jm-box { width: 8px; height: 8px; margin-top: 1px; border-width: 1px; font-size: 6px; line-height: 6px; }
    .jm-footer { display: none; }
}
`;
