/**
 * The preview page. Built once per panel; later updates go by message, so the drawing never
 * blinks. Nothing from a journey is written into this HTML: titles reach the page only as
 * message data, set as text or drawn by mermaid.
 */
import { randomBytes } from 'node:crypto';

export interface PreviewHtmlOptions {
    /** `webview.cspSource`: where the webview may load the bundle's stylesheet from. */
    cspSource: string;
    /** URIs of out/webview/preview.js and preview.css, as `webview.asWebviewUri` gives them. */
    scriptUri: string;
    styleUri: string;
    /** A fresh value per page: the only script that runs is the one carrying it. */
    nonce: string;
}

/** A nonce for one page: 128 random bits, hex (safe in an attribute and in the CSP). */
export function createNonce(): string {
    return randomBytes(16).toString('hex');
}

/**
 * The Content-Security-Policy: nothing by default; scripts only by nonce; styles from the
 * bundle and inline (mermaid writes a `<style>` into each SVG); images only as data: URLs
 * (the PNG export draws the SVG through one).
 */
export function previewContentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        `default-src 'none'`,
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `img-src data:`,
    ].join('; ');
}

export function buildPreviewHtml(options: PreviewHtmlOptions): string {
    const csp = previewContentSecurityPolicy(options.cspSource, options.nonce);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(options.styleUri)}">
<title>Journey preview</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Preview">
<div id="views" role="group" aria-label="View">
<button type="button" data-view="map" aria-pressed="true">Journey map</button>
<button type="button" data-view="journey" aria-pressed="false">Journey diagram</button>
<button type="button" data-view="flow" aria-pressed="false">Flowchart</button>
<button type="button" data-view="checklist" aria-pressed="false">Checklist</button>
</div>
<div id="zoom" role="group" aria-label="Zoom" hidden>
<button type="button" data-zoom="out" aria-label="Zoom out" title="Zoom out (Ctrl + wheel)">−</button>
<span id="zoom-level" aria-live="polite">100%</span>
<button type="button" data-zoom="in" aria-label="Zoom in" title="Zoom in (Ctrl + wheel)">+</button>
<button type="button" data-zoom="reset" title="Fit to the panel's width">Fit</button>
</div>
<label id="journey-picker" hidden>Journey <select id="journey-select"></select></label>
</div>
<div id="banner" role="alert" hidden></div>
<div id="diagram"></div>
<script nonce="${escapeAttribute(options.nonce)}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>
`;
}

function escapeAttribute(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
