package se.utfall.facts;

/**
 * A measure the contract defines: its unit, which direction is better, the values a figure of it
 * may take ({@link MeasureDomain}; checked when measurements are read) and its role (outcome,
 * comparison, context or state; see {@link MeasureRole}).
 */
public record MeasureDefinition(String id, String title, String unit, boolean higherIsBetter, String source,
                                MeasureDomain domain, MeasureRole role) {

    public MeasureDefinition {
        role = role == null ? MeasureRole.OUTCOME : role;
    }

    /** An outcome measure with the given domain. */
    public MeasureDefinition(String id, String title, String unit, boolean higherIsBetter, String source,
                             MeasureDomain domain) {
        this(id, title, unit, higherIsBetter, source, domain, MeasureRole.OUTCOME);
    }

    /** An outcome measure whose domain is its unit's (any value for a unit Utfall does not know). */
    public MeasureDefinition(String id, String title, String unit, boolean higherIsBetter, String source) {
        this(id, title, unit, higherIsBetter, source,
                MeasureDomain.ofUnit(unit).orElseGet(() -> MeasureDomain.bounded(unit)));
    }

    /**
     * The unit, for rules: write {@code $unit : unitName}. {@code unit} is a keyword of Drools'
     * executable-model parser, so a rule binding {@code unit} cannot be compiled for the disk cache.
     */
    public String unitName() {
        return unit;
    }

    public boolean lowerIsBetter() {
        return !higherIsBetter;
    }

    /** The provider's own results: the only figures analyze varies. */
    public boolean isOutcome() {
        return role == MeasureRole.OUTCOME;
    }
}
