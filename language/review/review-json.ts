/**
 * `journey diff --format json`: the contract's shape (LANGUAGE.md, "Review"), stable for other
 * tools. Only the contract's fields and the documented additions (`title`, `errorIn`,
 * `property`, `code`, `delta`): the formats' helpers (phase titles, the curve) stay out.
 */
import type { WorkspaceReview } from './review-model.js';

export function generateReviewJson(review: WorkspaceReview): string {
    const document = {
        version: review.version,
        base: review.base,
        head: review.head,
        summary: review.summary,
        workspace: review.workspace,
        journeys: review.journeys.map((journey) => ({
            name: journey.name,
            title: journey.title,
            status: journey.status,
            ...(journey.errorIn ? { errorIn: journey.errorIn } : {}),
            changes: journey.changes,
        })),
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
