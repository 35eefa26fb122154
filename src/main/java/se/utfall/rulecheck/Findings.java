package se.utfall.rulecheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.problem.Problem;

/**
 * What the checker refused, one message per construct and line: a construct repeated on a line
 * (or reached twice while walking) is said once.
 */
final class Findings {
    private final Map<String, Problem> found = new LinkedHashMap<>();

    void reject(String file, int line, String construct, String why) {
        String key = file + ":" + line + ":" + construct;
        found.putIfAbsent(key, new Problem(file, line, construct + " is not allowed in rule files: " + why));
    }

    List<Problem> all() {
        return new ArrayList<>(found.values());
    }
}
