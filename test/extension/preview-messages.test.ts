/**
 * The webview renders user text, so the extension trusts none of its messages: each is read
 * field by field, and one about another document, of an unknown type or with a wrong field
 * is dropped.
 */
import { describe, expect, test } from 'vitest';
import { parsePreviewState, parseWebviewMessage } from '../../extension/preview/preview-messages.js';

const uri = 'file:///work/diy.journey';

describe('messages from the webview', () => {
    test('well-formed messages come through as typed values', () => {
        expect(parseWebviewMessage({ type: 'ready' }, uri)).toEqual({ type: 'ready' });
        expect(parseWebviewMessage({ type: 'selectView', view: 'flow' }, uri)).toEqual({ type: 'selectView', view: 'flow' });
        expect(parseWebviewMessage({ type: 'selectJourney', journey: 'Oriëntatie_2' }, uri)).toEqual({ type: 'selectJourney', journey: 'Oriëntatie_2' });
        expect(parseWebviewMessage({ type: 'revealTouchpoint', documentUri: uri, touchpoint: 'Checkout' }, uri))
            .toEqual({ type: 'revealTouchpoint', documentUri: uri, touchpoint: 'Checkout' });
        expect(parseWebviewMessage({ type: 'exported', format: 'png', data: 'iVBORw0' }, uri)).toEqual({ type: 'exported', format: 'png', data: 'iVBORw0' });
        expect(parseWebviewMessage({ type: 'rendered', documentUri: uri, journey: 'J', view: 'journey', ok: false, svg: '<svg/>', error: 'Line 3: x' }, uri))
            .toEqual({ type: 'rendered', documentUri: uri, journey: 'J', view: 'journey', ok: false, svg: '<svg/>', error: 'Line 3: x' });
    });

    test('only the fields the extension reads are kept', () => {
        expect(parseWebviewMessage({ type: 'selectView', view: 'checklist', command: 'workbench.action.terminal.new' }, uri))
            .toEqual({ type: 'selectView', view: 'checklist' });
    });

    test('messages about another document are dropped', () => {
        expect(parseWebviewMessage({ type: 'revealTouchpoint', documentUri: 'file:///other.journey', touchpoint: 'A' }, uri)).toBeUndefined();
        expect(parseWebviewMessage({ type: 'rendered', documentUri: 'file:///other.journey', journey: 'J', view: 'journey', ok: true }, uri)).toBeUndefined();
    });

    test.each([
        ['not an object', 'ready'],
        ['null', null],
        ['an array', [{ type: 'ready' }]],
        ['an unknown type', { type: 'runCommand', command: 'x' }],
        ['an unknown view', { type: 'selectView', view: 'html' }],
        ['a journey that is no name', { type: 'selectJourney', journey: 'A"; alert(1)' }],
        ['a touchpoint that is not a string', { type: 'revealTouchpoint', documentUri: uri, touchpoint: 42 }],
        ['an unknown export format', { type: 'exported', format: 'pdf', data: '' }],
        ['export data that is not a string', { type: 'exported', format: 'svg', data: { toString: 1 } }],
        ['a render report without ok', { type: 'rendered', documentUri: uri, journey: 'J', view: 'journey' }],
        ['a render report with a non-string svg', { type: 'rendered', documentUri: uri, journey: 'J', view: 'flow', ok: true, svg: 1 }],
    ])('%s is dropped', (_case, value) => {
        expect(parseWebviewMessage(value, uri)).toBeUndefined();
    });
});

describe('the state a preview comes back with after a reload', () => {
    test('document, view and journey are restored', () => {
        expect(parsePreviewState({ documentUri: uri, view: 'flow', journey: 'DiyStore' })).toEqual({ documentUri: uri, view: 'flow', journey: 'DiyStore' });
    });

    test('a missing or unknown view falls back to the journey map', () => {
        expect(parsePreviewState({ documentUri: uri, view: 'nonsense' })).toEqual({ documentUri: uri, view: 'map' });
    });

    test('state without a document is unusable', () => {
        expect(parsePreviewState(undefined)).toBeUndefined();
        expect(parsePreviewState({ view: 'flow' })).toBeUndefined();
        expect(parsePreviewState({ documentUri: '' })).toBeUndefined();
    });
});
