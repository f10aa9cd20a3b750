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
import { editorLabelsIn } from '../i18n/editor-labels-all.js';
import type { EditorLabels } from '../i18n/editor-labels.js';
import { canonicalValueOf, type LanguageCode, type ValueSet } from '../i18n/languages.js';
import { chosenLanguageOf } from '../validation/message-language.js';
import {
    channelHover, improvementHover, journeyHover, keywordHover, kpiHover, offeringHover, personaHover, phaseHover,
    scoreText, senseHover, teamHover, touchpointHover, valueHover, type UsageEntry, type Usages,
} from './journey-hover-content.js';

type DescribedSet = Exclude<ValueSet, 'senses'>;

/** The enumerated values by `Type.property`: their value set and the kind of value a hover names. */
const VALUE_SETS: Readonly<Record<string, { set: DescribedSet; kind: keyof EditorLabels['hover']['valueKinds'] }>> = {
    [`${Persona.$type}.${Persona.segments}`]: { set: 'segments', kind: 'segment' },
    [`${Channel.$type}.${Channel.types}`]: { set: 'channelTypes', kind: 'channelType' },
    [`${Journey.$type}.${Journey.types}`]: { set: 'journeyTypes', kind: 'journeyType' },
    [`${Improvement.$type}.${Improvement.kinds}`]: { set: 'improvementKinds', kind: 'improvementKind' },
    [`${Improvement.$type}.${Improvement.statuses}`]: { set: 'improvementStatuses', kind: 'improvementStatus' },
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
        const value = this.contentFor(token, chosenLanguageOf(document));
        return value ? { contents: { kind: 'markdown', value }, range: token.range } : undefined;
    }

    private contentFor(token: LeafCstNode, language: LanguageCode): string | undefined {
        const declaration = this.references.findDeclarations(token)[0];
        if (declaration) {
            return this.declarationContent(declaration, language);
        }
        const node = token.astNode;
        const assignment = GrammarUtils.findAssignment(token);
        const words = editorLabelsIn(language);
        if (isSenseValue(node)) {
            return senseHover(node.value ?? token.text, language);
        }
        if (assignment) {
            if (isMeasured(node) && assignment.feature === Measured.column) {
                return measuredHover(node, this.datasets, language);
            }
            if (isTouchpoint(node) && assignment.feature === Touchpoint.scores) {
                // The score under the pointer, also when it is a repeat that does not count.
                const score = node.scores[writtenIndex(node, Touchpoint.scores, token)];
                const journey = AstUtils.getContainerOfType(node, isJourney);
                return journey && score !== undefined ? `**score** — ${scoreText(score, journey, language)}` : undefined;
            }
            // A value in any language (`fysiek`, `physical`) is described in the chosen one.
            const values = VALUE_SETS[`${node.$type}.${assignment.feature}`];
            const canonical = values && canonicalValueOf(values.set, token.text);
            const description = canonical === undefined ? undefined : (words.descriptions[values.set] as Readonly<Record<string, string>>)[canonical];
            return description ? valueHover(token.text, words.hover.valueKinds[values.kind], description) : undefined;
        }
        if (GrammarAST.isKeyword(token.grammarSource)) {
            // The grammar's keyword is the English one; the token is the word as written (`contactmoment`).
            const keyword = token.grammarSource.value;
            const rule = AstUtils.getContainerOfType(token.grammarSource, GrammarAST.isParserRule)?.name ?? '';
            const description = words.descriptions.keywords[`${rule}.${keyword}`] ?? words.descriptions.keywords[keyword];
            return description ? keywordHover(token.text, keyword, description, language) : undefined;
        }
        return undefined;
    }

    private declarationContent(node: AstNode, language: LanguageCode): string | undefined {
        const journey = AstUtils.getContainerOfType(node, isJourney);
        if (isTouchpoint(node)) return touchpointHover(node, journey, language, measuredLine(node, this.datasets, language));
        if (isDataset(node)) return datasetHover(node, this.datasets.stateOf(node), language);
        if (isPersona(node)) return personaHover(node, language);
        if (isChannel(node)) return channelHover(node, channelTypeDescription(node, language), this.usagesOf(node), language);
        if (isTeam(node)) return teamHover(node, this.usagesOf(node), language);
        if (isOffering(node)) return offeringHover(node, language);
        if (isJourney(node)) return journeyHover(node, language);
        if (isPhase(node)) return phaseHover(node, journey, language);
        if (isImprovement(node)) return improvementHover(node, journey, language);
        if (isKpi(node)) return kpiHover(node, journey, language);
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

function channelTypeDescription(channel: Channel, language: LanguageCode): string | undefined {
    const type = canonicalValueOf('channelTypes', channelTypeOf(channel));
    return type ? (editorLabelsIn(language).descriptions.channelTypes as Readonly<Record<string, string>>)[type] : undefined;
}

/** Which occurrence of a property `+=`-collected on the node the token is. */
function writtenIndex(node: AstNode, property: string, token: LeafCstNode): number {
    return GrammarUtils.findNodesForProperty(node.$cstNode, property).findIndex((cstNode) => cstNode.offset === token.offset);
}
