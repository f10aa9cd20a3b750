import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils,
    type AstNode, type AstNodeLocator, type LeafCstNode, type LangiumDocument, type LangiumDocuments, type References,
} from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isChannel, isDataset, isImprovement, isJourney, isKpi, isMeasured, isOffering, isPersona, isPhase, isSenseValue, isTeam, isTouchpoint,
    Channel, Improvement, Journey, Measured, Persona, Touchpoint, type Team,
} from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import type { DatasetStore } from '../evidence/dataset-store.js';
import { datasetHover, measuredHover, measuredLine } from './evidence-hover.js';
import { channelTypeOf } from '../model/property-values.js';
import {
    CHANNEL_TYPE_DESCRIPTIONS, IMPROVEMENT_KIND_DESCRIPTIONS, IMPROVEMENT_STATUS_DESCRIPTIONS, JOURNEY_TYPE_DESCRIPTIONS,
    KEYWORD_DESCRIPTIONS, SEGMENT_DESCRIPTIONS,
} from './completion-documentation.js';
import {
    channelHover, improvementHover, journeyHover, keywordHover, kpiHover, offeringHover, personaHover, phaseHover,
    scoreText, senseHover, teamHover, touchpointHover, valueHover, type UsageEntry, type Usages,
} from './journey-hover-content.js';

/** The enumerated values by `Type.property`, with the kind of value a hover names. */
const VALUE_DESCRIPTIONS: Readonly<Record<string, { kind: string; descriptions: Readonly<Record<string, string>> }>> = {
    [`${Persona.$type}.${Persona.segments}`]: { kind: 'segment', descriptions: SEGMENT_DESCRIPTIONS },
    [`${Channel.$type}.${Channel.types}`]: { kind: 'channel type', descriptions: CHANNEL_TYPE_DESCRIPTIONS },
    [`${Journey.$type}.${Journey.types}`]: { kind: 'journey type', descriptions: JOURNEY_TYPE_DESCRIPTIONS },
    [`${Improvement.$type}.${Improvement.kinds}`]: { kind: 'improvement kind', descriptions: IMPROVEMENT_KIND_DESCRIPTIONS },
    [`${Improvement.$type}.${Improvement.statuses}`]: { kind: 'improvement status', descriptions: IMPROVEMENT_STATUS_DESCRIPTIONS },
};

/**
 * Hover on a name tells what it is, on its declaration and on every reference alike: a
 * touchpoint's channel, senses, owner, score and improvements; a persona's goals, frustrations
 * and channels; what a team owns and where a channel is used (across files). Hover on a sense,
 * an enumerated value, a score or a keyword tells what it means.
 */
export class JourneyHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;

    private readonly datasets: DatasetStore;

    constructor(services: JourneyServices) {
        this.datasets = services.evidence.Datasets;
        this.references = services.references.References;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const token = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!token || token.hidden || offset < token.offset || offset >= token.end) {
            return undefined;
        }
        const value = this.contentFor(token);
        return value ? { contents: { kind: 'markdown', value }, range: token.range } : undefined;
    }

    private contentFor(token: LeafCstNode): string | undefined {
        const declaration = this.references.findDeclarations(token)[0];
        if (declaration) {
            return this.declarationContent(declaration);
        }
        const node = token.astNode;
        const assignment = GrammarUtils.findAssignment(token);
        if (isSenseValue(node)) {
            return senseHover(node.value ?? token.text);
        }
        if (assignment) {
            if (isMeasured(node) && assignment.feature === Measured.column) {
                return measuredHover(node, this.datasets);
            }
            if (isTouchpoint(node) && assignment.feature === Touchpoint.scores) {
                // The score under the pointer, also when it is a repeat that does not count.
                const score = node.scores[writtenIndex(node, Touchpoint.scores, token)];
                const journey = AstUtils.getContainerOfType(node, isJourney);
                return journey && score !== undefined ? `**score** — ${scoreText(score, journey)}` : undefined;
            }
            const values = VALUE_DESCRIPTIONS[`${node.$type}.${assignment.feature}`];
            const description = values?.descriptions[token.text];
            return description ? valueHover(token.text, values.kind, description) : undefined;
        }
        if (GrammarAST.isKeyword(token.grammarSource)) {
            const keyword = token.grammarSource.value;
            const rule = AstUtils.getContainerOfType(token.grammarSource, GrammarAST.isParserRule)?.name ?? '';
            const description = KEYWORD_DESCRIPTIONS[`${rule}.${keyword}`] ?? KEYWORD_DESCRIPTIONS[keyword];
            return description ? keywordHover(keyword, description) : undefined;
        }
        return undefined;
    }

    private declarationContent(node: AstNode): string | undefined {
        const journey = AstUtils.getContainerOfType(node, isJourney);
        if (isTouchpoint(node)) return touchpointHover(node, journey, measuredLine(node, this.datasets));
        if (isDataset(node)) return datasetHover(node, this.datasets.stateOf(node));
        if (isPersona(node)) return personaHover(node);
        if (isChannel(node)) return channelHover(node, channelTypeDescription(node), this.usagesOf(node));
        if (isTeam(node)) return teamHover(node, this.usagesOf(node));
        if (isOffering(node)) return offeringHover(node);
        if (isJourney(node)) return journeyHover(node);
        if (isPhase(node)) return phaseHover(node, journey);
        if (isImprovement(node)) return improvementHover(node, journey);
        if (isKpi(node)) return kpiHover(node, journey);
        return undefined;
    }

    /** The elements that name a channel or team, in every file of the workspace, by kind. */
    private usagesOf(target: Channel | Team): Usages {
        const usages = new Map<string, UsageEntry[]>();
        const seen = new Set<AstNode>();
        for (const reference of this.references.findReferences(target, { includeDeclaration: false })) {
            const document = this.documents.getDocument(reference.sourceUri);
            const root = document?.parseResult?.value;
            const source = root && this.locator.getAstNode(root, reference.sourcePath);
            const name = (source as { name?: unknown } | undefined)?.name;
            if (!source || typeof name !== 'string' || seen.has(source)) {
                continue;
            }
            seen.add(source);
            const journey = isJourney(source) ? undefined : AstUtils.getContainerOfType(source, isJourney)?.name;
            const list = usages.get(source.$type) ?? [];
            list.push({ name, journey });
            usages.set(source.$type, list);
        }
        return usages;
    }
}

function channelTypeDescription(channel: Channel): string | undefined {
    const type = channelTypeOf(channel);
    return type ? (CHANNEL_TYPE_DESCRIPTIONS as Record<string, string>)[type] : undefined;
}

/** Which occurrence of a property `+=`-collected on the node the token is. */
function writtenIndex(node: AstNode, property: string, token: LeafCstNode): number {
    return GrammarUtils.findNodesForProperty(node.$cstNode, property).findIndex((cstNode) => cstNode.offset === token.offset);
}
