package se.utfall.bench.reference;

/**
 * One clause of the reference settlement. Each year runs {@link #entitle} for every clause, then
 * {@link #limitOwn} (a clause's own caps), then {@link #limitAcross} (caps across clauses) in contract
 * order: the phases and salience order of the rule files, written out.
 */
interface ReferenceClause {
    String id();

    void entitle(int year, Figures figures, Book book);

    default void limitOwn(int year, Book book) {
    }

    default void limitAcross(int year, Book book) {
    }
}
