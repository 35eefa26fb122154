package se.utfall.library;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.utfall.facts.MeasureRole;

/**
 * One parameter a clause family takes. {@code defaultValue} is used when a contract leaves it out;
 * {@code optional} parameters may be left out and are then null to the rules (e.g. "no cap").
 * Tables have {@code columns}; choices have {@code choices}. {@code requiredWhen} makes an optional
 * parameter required when other parameters have the given values (e.g. baseline when basis is
 * improvement). {@code subjectRole} is set on a text parameter that names a subject of the
 * measurements whose figures are not the provider's results ({@code role: comparison} on
 * comparison-adjustment's {@code comparison}): analyze holds that subject instead of varying it.
 */
public record Parameter(String name, ParameterType type, String unit, BigDecimal min, BigDecimal max,
                        Object defaultValue, boolean optional, Bilingual description,
                        Map<String, Parameter> columns, List<String> choices, Map<String, String> requiredWhen,
                        MeasureRole subjectRole) {

    /** A parameter that names no subject with a role. */
    public Parameter(String name, ParameterType type, String unit, BigDecimal min, BigDecimal max,
                     Object defaultValue, boolean optional, Bilingual description,
                     Map<String, Parameter> columns, List<String> choices, Map<String, String> requiredWhen) {
        this(name, type, unit, min, max, defaultValue, optional, description, columns, choices, requiredWhen, null);
    }

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
