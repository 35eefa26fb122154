package se.utfall.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The order in which a lawyer would explain a payout, one Drools agenda group each. Every rule
 * names its phase with {@code agenda-group "..."}; the engine runs them in this order for each year,
 * so nothing a later phase does can feed an earlier one.
 */
public enum Phase {
    /** Figures computed from the measurements: changes, averages, baselines, high-water marks. */
    DERIVE("derive"),
    /** What each clause entitles a party to, gross. */
    ENTITLE("entitle"),
    /** Data-quality gates, holds, sustainment and clawbacks. */
    SAFEGUARD("safeguard"),
    /** Caps per clause, then across clauses, per party and for the whole period. */
    LIMIT("limit"),
    /** Last checks and summaries over the year's lines. */
    FINALIZE("finalize");

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    public String agendaGroup() {
        return agendaGroup;
    }

    /** The phase of an agenda group, or null. A loop, not a stream: settlements sort every line by phase. */
    public static Phase of(String agendaGroup) {
        for (Phase p : ALL) {
            if (p.agendaGroup.equals(agendaGroup)) {
                return p;
            }
        }
        return null;
    }

    private static final Phase[] ALL = values();

    public static List<String> names() {
        return Arrays.stream(values()).map(Phase::agendaGroup).toList();
    }
}
