/**
 * Langium's descriptions of named nodes (the index, local touchpoint scopes) and of references
 * (the reference index), made small: a workspace holds one per touchpoint and one per
 * reference, and each used to carry its path and text segments worked out at once (a tenth
 * of a large workspace's memory). Here the path and segments are worked out when first read,
 * from the node the description holds anyway; they are the same values, since a parse makes
 * new nodes and nothing changes an AST afterwards.
 */
import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, DefaultReferenceDescriptionProvider, isMultiReference, isReference, UriUtils,
    type AstNode, type AstNodeDescription, type CstNode, type DocumentSegment, type LangiumDocument,
    type ReferenceDescription, type ReferenceInfo, type URI,
} from 'langium';

export class JourneyAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        const named = name ?? this.nameProvider.getName(node);
        if (!named) {
            throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        }
        return new NodeDescription(node, named, uri, this);
    }

    /** For the descriptions, which work these out when asked. */
    pathOf(node: AstNode): string {
        return this.astNodeLocator.getAstNodePath(node);
    }

    nameNodeOf(node: AstNode): CstNode | undefined {
        return this.nameProvider.getNameNode(node) ?? node.$cstNode;
    }
}

class NodeDescription implements AstNodeDescription {
    readonly type: string;
    private knownPath: string | undefined = undefined;
    private knownNameSegment: DocumentSegment | undefined = undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly provider: JourneyAstNodeDescriptionProvider,
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return (this.knownPath ??= this.provider.pathOf(this.node));
    }

    get nameSegment(): DocumentSegment | undefined {
        return (this.knownNameSegment ??= CstUtils.toDocumentSegment(this.provider.nameNodeOf(this.node)));
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    /** The last container's path: a touchpoint's references (channel, owner, next) share it. */
    private lastContainer: { node: AstNode; path: string } | undefined;

    override async createDescriptions(document: LangiumDocument, cancelToken?: Parameters<DefaultReferenceDescriptionProvider['createDescriptions']>[1]): Promise<ReferenceDescription[]> {
        try {
            return await super.createDescriptions(document, cancelToken);
        } finally {
            this.lastContainer = undefined;
        }
    }

    protected override createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[] {
        const reference = refInfo.reference;
        const refNode = reference.$refNode;
        if (reference.error || !refNode) {
            return [];
        }
        const targets = isReference(reference)
            ? (reference.$nodeDescription ? [reference.$nodeDescription] : [])
            : isMultiReference(reference) ? reference.items.flatMap((item) => item.$nodeDescription ?? []) : [];
        if (targets.length === 0) {
            return [];
        }
        const sourceUri = AstUtils.getDocument(refInfo.container).uri;
        const sourcePath = this.containerPath(refInfo.container);
        return targets.map((target) => new ReferenceAt(sourceUri, sourcePath, target.documentUri, target.path, refNode, UriUtils.equals(target.documentUri, sourceUri)));
    }

    private containerPath(container: AstNode): string {
        if (this.lastContainer?.node !== container) {
            this.lastContainer = { node: container, path: this.nodeLocator.getAstNodePath(container) };
        }
        return this.lastContainer.path;
    }
}

class ReferenceAt implements ReferenceDescription {
    constructor(
        readonly sourceUri: URI,
        readonly sourcePath: string,
        readonly targetUri: URI,
        readonly targetPath: string,
        private readonly refNode: CstNode,
        readonly local: boolean,
    ) {}

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.refNode);
    }
}
