package se.utfall.facts;

/**
 * Thrown by {@link ClauseTerms#refuse(String)}: a clause's parameters contradict each other in a
 * way family.yaml cannot express. The engine reports it at the clause in contract.yaml.
 */
public final class ClauseMisconfigured extends RuntimeException {
    private final String clause;

    public ClauseMisconfigured(String clause, String message) {
        super(message, null, false, false);
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}
