package se.utfall.importing;

import se.utfall.facts.Measurement;

/**
 * A published figure read for the contract, with where it was read ({@code file:line}, or the
 * page's address and line for a fetched answer), so a problem or a correction names its origin.
 */
public record Figure(Measurement measurement, String origin) {
    String key() {
        return measurement.year() + "\u0000" + measurement.subject() + "\u0000" + measurement.measure();
    }
}
