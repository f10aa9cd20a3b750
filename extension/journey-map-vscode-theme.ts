/**
 * The journey map in VS Code's colours: its variables (JOURNEY_MAP_CSS's `--jm-*`) mapped to
 * the theme's `--vscode-*` colours, for the preview's map view and for ```journey fences in
 * VS Code's Markdown preview. VS Code puts `vscode-light`, `vscode-dark` or
 * `vscode-high-contrast` (with `vscode-high-contrast-light`) on the body and sets the
 * variables; the fallbacks are the map's light colours, for a page without them.
 */

/** Tints made from the theme's own colours, so they work on light, dark and high contrast backgrounds. */
function mix(colour: string, share: number, base = 'var(--jm-surface)'): string {
    return `color-mix(in srgb, ${colour} ${share}%, ${base})`;
}

export function vscodeJourneyMapTheme(root: string): string {
    const themed = ['vscode-light', 'vscode-dark', 'vscode-high-contrast'].map((theme) => `body.${theme} ${root}`).join(',\n');
    const highContrast = `body.vscode-high-contrast ${root}`;
    const red = 'var(--vscode-charts-red, #c62828)';
    const orange = 'var(--vscode-charts-orange, #e65100)';
    const green = 'var(--vscode-charts-green, #2e7d32)';
    return `${themed} {
    color-scheme: inherit;
    --jm-bg: var(--vscode-editor-background, #ffffff);
    --jm-surface: var(--vscode-editor-background, #ffffff);
    --jm-text: var(--vscode-editor-foreground, #1d2430);
    --jm-muted: var(--vscode-descriptionForeground, #5b6573);
    --jm-border: var(--vscode-editorWidget-border, var(--vscode-panel-border, #d5dae1));
    --jm-accent: var(--vscode-textLink-foreground, #2f5fb3);
    --jm-band: ${mix('var(--jm-text)', 8)};
    --jm-band-alt: ${mix('var(--jm-text)', 3)};
    --jm-grid: ${mix('var(--jm-text)', 25)};
    --jm-critical: ${red};
    --jm-critical-bg: ${mix(red, 14)};
    --jm-wow: ${green};
    --jm-wow-bg: ${mix(green, 14)};
    --jm-pain-bg: ${mix(red, 7)};
    --jm-opportunity-bg: ${mix('var(--jm-accent)', 9)};
    --jm-score-1: ${red};
    --jm-score-2: ${orange};
    --jm-score-3: ${mix('var(--jm-text)', 55)};
    --jm-score-4: ${mix(green, 75)};
    --jm-score-5: ${green};
    --jm-diagram-bg: var(--jm-surface);
    color: var(--jm-text);
    font-family: var(--vscode-font-family, system-ui, sans-serif);
}
${highContrast} {
    --jm-border: var(--vscode-contrastBorder, currentColor);
    --jm-grid: var(--vscode-contrastBorder, currentColor);
    --jm-band: var(--jm-surface);
    --jm-band-alt: var(--jm-surface);
    --jm-pain-bg: var(--jm-surface);
    --jm-opportunity-bg: var(--jm-surface);
    --jm-wow-bg: var(--jm-surface);
    --jm-critical-bg: var(--jm-surface);
}
${highContrast} .jm-section, ${highContrast} .jm-card { border-color: var(--vscode-contrastBorder, currentColor); }
${highContrast} .jm-touchpoint:focus-visible, ${root} .jm-touchpoint:focus-visible {
    outline: 2px solid var(--vscode-focusBorder, #0078d4);
    outline-offset: -2px;
}
`;
}
