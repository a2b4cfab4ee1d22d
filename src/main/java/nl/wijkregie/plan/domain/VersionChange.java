package nl.wijkregie.plan.domain;

/**
 * One difference between a version and the one before: what part ({@code GOAL}, {@code ACTION}, {@code STRENGTHS},
 * {@code CONCERNS}, {@code REGISSEUR}, {@code NEXT_EVALUATION}), how ({@code ADDED}, {@code REMOVED},
 * {@code CHANGED}), and the text before and after (a goal's or action's text; null where there is none).
 */
public record VersionChange(String part, String change, String before, String after) {
}
