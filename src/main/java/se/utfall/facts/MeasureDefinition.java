package se.utfall.facts;

/** A measure the contract defines: its unit and which direction is better. */
public record MeasureDefinition(String id, String title, String unit, boolean higherIsBetter, String source) {
    public boolean lowerIsBetter() {
        return !higherIsBetter;
    }
}
