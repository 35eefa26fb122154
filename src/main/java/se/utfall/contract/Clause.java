package se.utfall.contract;

import java.util.Set;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One clause as the contract states it: § id, title, the legal text, and how it is implemented:
 * by a library family at a version with these parameter values, or (family null) by the
 * contract's own rules. {@code version} is the family version the clause settles with; it is the
 * one the contract pins ({@code versionPinned}), or the family's current version when the clause
 * names none. A clause paid by several parties has payer shares (payer is then the first of them,
 * the one its rules see); its lines are split between them when the settlement is reported.
 * {@code due} are the evaluation years it pays in (empty: every year); {@code measures} the measures
 * its parameters name, so the engine can say which missing figure a year waits for. A clause that
 * names no {@code payee:} ({@code payeeNamed} false) pays each unit's money to the provider the unit
 * belongs to.
 */
public record Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                     String payer, String payee, int order, Map<String, Object> parameters, int line,
                     Map<String, BigDecimal> payerShares, Set<Integer> due, Set<String> measures,
                     boolean payeeNamed) {

    /** A clause due every year whose payee is named. */
    public Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                  String payer, String payee, int order, Map<String, Object> parameters, int line,
                  Map<String, BigDecimal> payerShares) {
        this(id, title, text, family, version, versionPinned, payer, payee, order, parameters, line, payerShares,
                Set.of(), Set.of(), true);
    }

    /** A clause with evaluation years and the measures it reads, whose payee is named. */
    public Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                  String payer, String payee, int order, Map<String, Object> parameters, int line,
                  Map<String, BigDecimal> payerShares, Set<Integer> due, Set<String> measures) {
        this(id, title, text, family, version, versionPinned, payer, payee, order, parameters, line, payerShares,
                due, measures, true);
    }

    /** A clause due every year, its payee named or not. */
    public Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                  String payer, String payee, int order, Map<String, Object> parameters, int line,
                  Map<String, BigDecimal> payerShares, boolean payeeNamed) {
        this(id, title, text, family, version, versionPinned, payer, payee, order, parameters, line, payerShares,
                Set.of(), Set.of(), payeeNamed);
    }

    /** Whether the clause pays in {@code year}: every year, unless {@code due:} names the evaluation years. */
    public boolean isDue(int year) {
        return due.isEmpty() || due.contains(year);
    }

    /** A clause with one payer. */
    public Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                  String payer, String payee, int order, Map<String, Object> parameters, int line) {
        this(id, title, text, family, version, versionPinned, payer, payee, order, parameters, line, Map.of());
    }
}
