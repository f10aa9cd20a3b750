/**
 * Zoom and pan for the preview's Mermaid drawings. By default a drawing fits the panel's width
 * (never wider than mermaid drew it, so a small flowchart is not blown up); the reader zooms in
 * and out with the toolbar's buttons or ctrl + wheel (around the pointer), resets to the fit,
 * and drags to pan when the zoomed drawing is larger than the panel. A drag is no click: it
 * never reveals a touchpoint.
 */

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 8;
const STEP = 1.25;
/** Pixels the pointer may move before a press is a drag. */
const DRAG_THRESHOLD = 4;

export class DiagramZoom {
    /** Relative to the fit: 1 is the panel's width. */
    private factor = 1;
    private drag: { x: number; y: number; left: number; moved: boolean } | undefined;
    private suppressClick = false;

    constructor(private readonly frame: HTMLElement, private readonly label: HTMLElement | null, private readonly onChange: () => void) {
        new ResizeObserver(() => this.apply()).observe(frame);
        frame.addEventListener('wheel', (event) => this.wheel(event), { passive: false });
        frame.addEventListener('pointerdown', (event) => this.pointerDown(event));
        frame.addEventListener('pointermove', (event) => this.pointerMove(event));
        frame.addEventListener('pointerup', () => this.pointerUp());
        frame.addEventListener('pointercancel', () => this.pointerUp());
        // Runs before the preview's click handler (capture): a drag ends without a reveal.
        frame.addEventListener('click', (event) => {
            if (this.suppressClick) {
                this.suppressClick = false;
                event.stopImmediatePropagation();
            }
        }, { capture: true });
    }

    get zoom(): number {
        return this.factor;
    }

    /** The drawing's SVG, when the frame shows one (not the map or the checklist). */
    private svg(): SVGSVGElement | null {
        return this.frame.dataset.view === 'journey' || this.frame.dataset.view === 'flow' ? this.frame.querySelector(':scope > svg') : null;
    }

    /** The width mermaid drew at (its viewBox). */
    private naturalWidth(svg: SVGSVGElement): number {
        const box = svg.viewBox.baseVal;
        return box && box.width > 0 ? box.width : svg.getBoundingClientRect().width;
    }

    /** The fitted width times the zoom; call after every new drawing. */
    apply(): void {
        const svg = this.svg();
        if (this.label) {
            this.label.textContent = `${Math.round(this.factor * 100)}%`;
        }
        if (!svg) {
            return;
        }
        const available = Math.max(1, this.frame.clientWidth);
        const fit = Math.min(this.naturalWidth(svg), available);
        svg.style.width = `${Math.round(fit * this.factor)}px`;
        svg.style.maxWidth = 'none';
        svg.removeAttribute('width');
        this.frame.classList.toggle('pannable', this.frame.scrollWidth > this.frame.clientWidth + 1);
    }

    zoomIn(): void {
        this.set(this.factor * STEP);
    }

    zoomOut(): void {
        this.set(this.factor / STEP);
    }

    reset(): void {
        this.set(1);
    }

    /** Back to the fit for a new drawing (another view, journey or document), without moving anything yet. */
    forget(): void {
        this.factor = 1;
    }

    /** Zooms to `factor`, keeping the point at `anchorX` (frame pixels) where it is. */
    private set(factor: number, anchorX = this.frame.clientWidth / 2): void {
        const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, factor));
        if (next === this.factor) {
            return;
        }
        const ratio = next / this.factor;
        const left = this.frame.scrollLeft;
        this.factor = next;
        this.apply();
        this.frame.scrollLeft = (left + anchorX) * ratio - anchorX;
        this.onChange();
    }

    private wheel(event: WheelEvent): void {
        if (!event.ctrlKey || !this.svg()) {
            return;
        }
        event.preventDefault();
        const anchor = event.clientX - this.frame.getBoundingClientRect().left;
        this.set(event.deltaY < 0 ? this.factor * STEP : this.factor / STEP, anchor);
    }

    private pointerDown(event: PointerEvent): void {
        if (event.button !== 0 || !this.svg() || !this.frame.classList.contains('pannable')) {
            return;
        }
        this.drag = { x: event.clientX, y: event.clientY, left: this.frame.scrollLeft, moved: false };
    }

    private pointerMove(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag) {
            return;
        }
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        if (!drag.moved) {
            drag.moved = true;
            this.frame.setPointerCapture?.(event.pointerId);
            this.frame.classList.add('panning');
        }
        this.frame.scrollLeft = drag.left - dx;
        window.scrollBy(0, -event.movementY);
    }

    private pointerUp(): void {
        if (this.drag?.moved) {
            this.suppressClick = true;
            // A drag that ends outside the frame fires no click: do not swallow the next one.
            setTimeout(() => {
                this.suppressClick = false;
            }, 0);
        }
        this.drag = undefined;
        this.frame.classList.remove('panning');
    }
}
