/**
 * The frame every portfolio page shares: paths inside the site, the navigation bar with its
 * search box, and the page shell. Links are relative (the site works from file:// and under
 * any sub-path); the Content-Security-Policy allows the site's own stylesheet and script only.
 */
import { escapeHtml } from '../html-text.js';
import type { SiteLabels } from './site-labels.js';

/** Where a page is in the site, e.g. `journeys/DiyStore.html`. */
export type SitePath = string;

export const SITE_CSS_PATH = 'site.css';
export const SITE_JS_PATH = 'site.js';

export const sitePaths = {
    index: 'index.html',
    channels: 'channels.html',
    improvements: 'improvements.html',
    kpis: 'kpis.html',
    journey: (name: string): SitePath => `journeys/${name}.html`,
    persona: (name: string): SitePath => `personas/${name}.html`,
    team: (name: string): SitePath => `teams/${name}.html`,
};

/** `to` as seen from the page at `from` (both site paths), escaped for an attribute. */
export function href(from: SitePath, to: SitePath, fragment?: string): string {
    const depth = from.split('/').length - 1;
    const target = to.split('/').map(encodeURIComponent).join('/');
    return escapeHtml(`${'../'.repeat(depth)}${target}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`);
}

/** The page's links to the site's other pages (`current` is marked) and the search box. */
export function siteNav(from: SitePath, title: string, labels: SiteLabels): string {
    const link = (to: SitePath, text: string) =>
        `<a href="${href(from, to)}"${to === from ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a>`;
    return [
        '<nav class="site-nav" aria-label="Portfolio">',
        `<a class="site-name" href="${href(from, sitePaths.index)}">${escapeHtml(title)}</a>`,
        link(sitePaths.index, labels.nav.journeys),
        link(sitePaths.channels, labels.nav.channels),
        link(sitePaths.improvements, labels.nav.improvements),
        link(sitePaths.kpis, labels.nav.kpis),
        `<form class="site-search" role="search" action="${href(from, sitePaths.index)}" method="get">`,
        `<input type="search" name="q" aria-label="${escapeHtml(labels.search.label)}" placeholder="${escapeHtml(labels.search.placeholder)}">`,
        `<button type="submit">${escapeHtml(labels.search.button)}</button>`,
        '</form>',
        '</nav>',
    ].join('\n');
}

const CONTENT_SECURITY_POLICY = 'default-src \'none\'; style-src \'self\'; script-src \'self\'; img-src data:; form-action \'self\'';

export interface SitePage {
    path: SitePath;
    html: string;
}

/** A whole page: `body` is HTML (already escaped); `pageTitle` is text. */
export function sitePage(path: SitePath, pageTitle: string, siteTitle: string, body: string, labels: SiteLabels, script = false): SitePage {
    const html = [
        '<!doctype html>',
        `<html lang="${escapeHtml(labels.lang)}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        `<title>${escapeHtml(pageTitle)} — ${escapeHtml(siteTitle)}</title>`,
        `<link rel="stylesheet" href="${href(path, SITE_CSS_PATH)}">`,
        ...(script ? [`<script src="${href(path, SITE_JS_PATH)}" defer></script>`] : []),
        '</head>',
        '<body>',
        siteNav(path, siteTitle, labels),
        '<main>',
        body,
        '</main>',
        `<footer>${escapeHtml(labels.footer)}</footer>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
    return { path, html };
}

/** A list of links or `none`. `items` are [site path, text, fragment?]. */
export function linkList(from: SitePath, items: readonly (readonly [SitePath, string, string?])[], none: string): string {
    if (items.length === 0) {
        return `<p class="muted">${escapeHtml(none)}</p>`;
    }
    return `<ul class="plain">${items.map(([to, text, fragment]) => `<li><a href="${href(from, to, fragment)}">${escapeHtml(text)}</a></li>`).join('')}</ul>`;
}
