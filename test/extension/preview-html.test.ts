/** The preview page: locked down by its Content-Security-Policy, with nothing from a journey in it. */
import { describe, expect, test } from 'vitest';
import { buildPreviewHtml, createNonce, previewContentSecurityPolicy } from '../../extension/preview/preview-html.js';

const cspSource = 'https://abc.vscode-cdn.net';
const options = {
    cspSource,
    scriptUri: `${cspSource}/ext/out/webview/preview.js`,
    styleUri: `${cspSource}/ext/out/webview/preview.css`,
    nonce: 'n0nce',
};

function cspOf(html: string): Map<string, string> {
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(content).toBeDefined();
    return new Map(content!.replace(/&#39;|&apos;/g, "'").split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
    }));
}

describe('the preview page', () => {
    const html = buildPreviewHtml(options);

    test('its policy allows nothing by default and scripts only by nonce', () => {
        const csp = cspOf(html);
        expect(csp.get('default-src')).toBe("'none'");
        expect(csp.get('script-src')).toBe("'nonce-n0nce'");
        expect(csp.get('style-src')).toBe(`${cspSource} 'unsafe-inline'`);
        expect(csp.get('img-src')).toBe('data:');
        expect(csp.has('connect-src')).toBe(false);
        expect(csp.has('frame-src')).toBe(false);
    });

    test('its one script is the bundle, carrying the nonce; there is no inline script or handler', () => {
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts).toEqual([`<script nonce="n0nce" src="${options.scriptUri}">`]);
        expect(html).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
        expect(html).not.toMatch(/\son[a-z]+=/i);
    });

    test('it has the diagram, a hidden error banner and the view toolbar', () => {
        expect(html).toContain('<div id="diagram"></div>');
        expect(html).toMatch(/<div id="banner"[^>]*hidden[^>]*><\/div>/);
        for (const view of ['journey', 'flow', 'checklist']) {
            expect(html).toContain(`data-view="${view}"`);
        }
    });

    test('it loads nothing from outside the webview folder', () => {
        const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
        expect(urls).toEqual([options.styleUri, options.scriptUri]);
    });

    test('attribute values cannot break out of their quotes', () => {
        const hostile = buildPreviewHtml({ ...options, scriptUri: '"><script>alert(1)</script>' });
        expect(hostile).not.toContain('"><script>alert(1)');
    });
});

test('every page gets its own unguessable nonce', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) {
        expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(previewContentSecurityPolicy('x', 'abc')).toContain("script-src 'nonce-abc'");
});
