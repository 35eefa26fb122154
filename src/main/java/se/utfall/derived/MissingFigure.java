package se.utfall.derived;

/**
 * A derived figure that could not be computed for a subject and year, with the reason in the
 * contract's language ("jamforelse saknas", "division med noll"): the clauses that read it are
 * INSUFFICIENT_DATA, and their reason gets this one added.
 */
public record MissingFigure(String subject, String measure, int year, String reason) {
}
