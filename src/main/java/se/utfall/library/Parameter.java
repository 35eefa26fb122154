package se.utfall.library;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One parameter a clause family takes. {@code defaultValue} is used when a contract leaves it out;
 * {@code optional} parameters may be left out and are then null to the rules (e.g. "no cap").
 * Tables have {@code columns}; choices have {@code choices}. {@code requiredWhen} makes an optional
 * parameter required when other parameters have the given values (e.g. baseline when basis is
 * improvement).
 */
public record Parameter(String name, ParameterType type, String unit, BigDecimal min, BigDecimal max,
                        Object defaultValue, boolean optional, Bilingual description,
                        Map<String, Parameter> columns, List<String> choices, Map<String, String> requiredWhen) {

    public boolean required() {
        return defaultValue == null && !optional;
    }

    public String rangeText() {
        if (min == null && max == null) {
            return "";
        }
        return (min == null ? "" : min.toPlainString()) + ".." + (max == null ? "" : max.toPlainString());
    }
}
