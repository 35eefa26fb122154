package se.utfall.decision;

import java.util.List;

/** One rule firing while settling a year: which rule, in which phase, on which facts. */
public record FiredRule(int year, String phase, String rule, String location, List<String> clauses,
                        List<String> facts) {
}
