/**
 * Runs in VS Code's Markdown preview (the package's `markdown.previewScripts`, bundled with
 * mermaid into out/markdown-preview.js): draws the Mermaid blocks of ```journey diagram and
 * ```journey flow fences, in strict mode (no script, no click handlers from the text), in the
 * colours of the editor's theme, again after every update of the preview's content.
 * The map and checklist fences need no script: they are static HTML.
 */
import mermaid from 'mermaid';

const BLOCKS = '.journey-fence pre.mermaid';

let generation = 0;
/** Each block's Mermaid text: once drawn, the block holds the SVG, and a theme change redraws from this. */
const sources = new WeakMap<HTMLElement, string>();

function mermaidTheme(): 'dark' | 'default' {
    const classes = document.body.classList;
    if (classes.contains('vscode-high-contrast-light')) {
        return 'default';
    }
    return classes.contains('vscode-dark') || classes.contains('vscode-high-contrast') ? 'dark' : 'default';
}

async function drawBlocks(): Promise<void> {
    const attempt = ++generation;
    const blocks = Array.from(document.querySelectorAll<HTMLElement>(BLOCKS)).filter((block) => block.dataset.journeyDrawn === undefined);
    if (blocks.length === 0) {
        return;
    }
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: mermaidTheme(), suppressErrorRendering: true });
    for (const [index, block] of blocks.entries()) {
        const text = sources.get(block) ?? block.textContent ?? '';
        sources.set(block, text);
        block.dataset.journeyDrawn = 'pending';
        try {
            const { svg } = await mermaid.render(`journey-fence-${attempt}-${index}`, text);
            if (!block.isConnected) {
                continue;
            }
            // Mermaid's own SVG (strict mode: labels sanitized) is the only markup inserted.
            const template = document.createElement('template');
            template.innerHTML = svg;
            block.replaceChildren(template.content);
            block.dataset.journeyDrawn = 'true';
            block.setAttribute('role', 'img');
        } catch (error) {
            block.dataset.journeyDrawn = 'failed';
            const note = document.createElement('p');
            note.className = 'journey-fence-error';
            note.textContent = `The diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
            block.after(note);
        } finally {
            document.getElementById(`djourney-fence-${attempt}-${index}`)?.remove();
        }
    }
}

// The preview replaces its content on every edit and says so with this event.
window.addEventListener('vscode.markdown.updateContent', () => void drawBlocks());
new MutationObserver(() => {
    document.querySelectorAll<HTMLElement>(BLOCKS).forEach((block) => {
        delete block.dataset.journeyDrawn;
    });
    void drawBlocks();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });
void drawBlocks();
