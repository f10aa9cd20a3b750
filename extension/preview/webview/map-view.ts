/**
 * The preview's "Journey map" view: the map's HTML fragment (made and escaped by the language
 * server's generator, generateJourneyMapView) placed in the page, and a click on it mapped to
 * the touchpoint it shows. The fragment is text for a `<template>` (parsed, never run), and
 * anything that could run or load is dropped from it as well, so the page never depends on
 * the generator's escaping alone; the CSP forbids inline script in any case.
 */
import type { JourneyEntry } from '../preview-messages.js';

/** The class of the map's container, the scope of the map's stylesheet. */
export const MAP_ROOT_CLASS = 'journey-map';

const UNSAFE_ELEMENTS = 'script, iframe, object, embed, link, meta, base, form, img, style, template, foreignObject, a';

/** The map as an element, ready to be placed; touchpoint columns are focusable and labelled. */
export function mapElement(html: string, document: Document): HTMLElement {
    const template = document.createElement('template');
    template.innerHTML = html;
    const content = template.content;
    content.querySelectorAll(UNSAFE_ELEMENTS).forEach((element) => element.remove());
    content.querySelectorAll('*').forEach((element) => {
        for (const attribute of Array.from(element.attributes)) {
            if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value) || attribute.name === 'style') {
                element.removeAttribute(attribute.name);
            }
        }
    });
    content.querySelectorAll<HTMLElement>('td.jm-touchpoint').forEach((cell) => {
        cell.tabIndex = 0;
        cell.setAttribute('role', 'button');
        const title = cell.querySelector('strong')?.textContent ?? '';
        cell.setAttribute('aria-label', `Show in the editor: ${title}`);
    });
    content.querySelectorAll('.jm-curve circle:not(.jm-curve-assumed-point)').forEach((point) => point.classList.add('journey-map-point'));
    const root = document.createElement('div');
    root.className = MAP_ROOT_CLASS;
    root.append(content);
    return root;
}

/**
 * The touchpoint a click in the map is about: any cell of a touchpoint's column (every lane
 * has one cell per touchpoint, in the same order as the touchpoint lane) or its point on the
 * emotion curve (a point sits at the x of its number under the axis).
 */
export function mapTouchpointAt(target: Element, touchpoints: readonly JourneyEntry[]): string | undefined {
    const cell = target.closest('td');
    const map = cell?.closest('table.jm-map');
    if (cell && map && cell.parentElement) {
        const index = Array.from(cell.parentElement.children).indexOf(cell);
        const column = map.querySelector('tr.jm-lane-touchpoints')?.children[index];
        return nameOfNumber(column?.querySelector('.jm-number')?.textContent, touchpoints);
    }
    const point = target.closest('circle');
    const curve = point?.closest('svg.jm-curve');
    if (point && curve) {
        const x = point.getAttribute('cx');
        const number = Array.from(curve.querySelectorAll('text.jm-curve-number')).find((text) => text.getAttribute('x') === x);
        return nameOfNumber(number?.textContent, touchpoints);
    }
    return undefined;
}

/** The map numbers touchpoints 1.. in journey order, as the request's touchpoints are listed. */
function nameOfNumber(text: string | null | undefined, touchpoints: readonly JourneyEntry[]): string | undefined {
    const number = Number(text);
    return Number.isInteger(number) && number > 0 ? touchpoints[number - 1]?.name : undefined;
}

/** Where the map is scrolled: the page, and the lanes sideways. */
export interface MapScroll {
    x: number;
    y: number;
}

export function mapScrollOf(root: ParentNode, window: Window): MapScroll {
    const lanes = root.querySelector('.jm-scroll');
    return { x: Math.round(lanes?.scrollLeft ?? 0), y: Math.round(window.scrollY) };
}

export function restoreMapScroll(root: ParentNode, window: Window, scroll: MapScroll): void {
    const lanes = root.querySelector('.jm-scroll');
    if (lanes) {
        lanes.scrollLeft = scroll.x;
    }
    window.scrollTo(0, scroll.y);
}
