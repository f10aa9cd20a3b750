/**
 * Quick fix for `critical-touchpoint`: add an improvement for the touchpoint at the end of
 * its journey, as an idea (`for <touchpoint>`, `status idea`), for the team to work out.
 */
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { fixTitlesIn } from '../../i18n/fix-titles-all.js';
import { chosenLanguageOf } from '../../validation/message-language.js';
import { isJourney, isTouchpoint, type Journey } from '../../generated/ast.js';
import { INDENT } from '../canonical-layout.js';
import { bodyIndentation, endOfLineAfter, insertion, lineBreakOf, nodeAt, quickFix, quoted, type FixRequest } from './quick-fix.js';

export function criticalTouchpointFixes({ document, diagnostic }: FixRequest): CodeAction[] {
    const touchpoint = nodeAt(document, diagnostic.range, isTouchpoint);
    const journey = touchpoint && AstUtils.getContainerOfType(touchpoint, isJourney);
    const close = journey && GrammarUtils.findNodeForKeyword(journey.$cstNode, '}');
    if (!touchpoint?.name || !journey?.$cstNode || !close) {
        return [];
    }
    // After the last thing in the journey's body (on its last line, after a trailing comment).
    const body = CstUtils.flattenCst(journey.$cstNode).filter((leaf) => leaf.end <= close.offset).toArray();
    const lastInBody = body.at(-1);
    const lastToken = body.filter((leaf) => !leaf.hidden).at(-1);
    if (!lastInBody || !lastToken) {
        return [];
    }
    const eol = lineBreakOf(document);
    const indent = bodyIndentation(touchpoint.$container.$container);
    const name = freeName(journey, `Improve${touchpoint.name}`);
    const lastIsImprovement = journey.improvements.some((improvement) => improvement.$cstNode?.end === lastToken.end);
    const text = [
        `${indent}improvement ${name} ${quoted(`Improve: ${touchpoint.title ?? touchpoint.name}`)} {`,
        `${indent}${INDENT}for ${touchpoint.name}`,
        `${indent}${INDENT}status idea`,
        `${indent}}`,
    ].join(eol);
    const edit = insertion(document, endOfLineAfter(document, lastInBody), (lastIsImprovement ? eol : eol + eol) + text);
    return [quickFix(fixTitlesIn(chosenLanguageOf(document)).addImprovementFor(touchpoint.name), diagnostic, { [document.uri.toString()]: [edit] }, true)];
}

/** `base`, or `base2`, `base3`, ... : the first name no phase, touchpoint, improvement or KPI of the journey has. */
function freeName(journey: Journey, base: string): string {
    const taken = new Set(AstUtils.streamAllContents(journey)
        .map((node) => (node as { name?: unknown }).name)
        .filter((name): name is string => typeof name === 'string'));
    let name = base;
    for (let number = 2; taken.has(name); number++) {
        name = `${base}${number}`;
    }
    return name;
}
