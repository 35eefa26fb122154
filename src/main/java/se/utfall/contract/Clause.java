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
 * its parameters name, so the engine can say which missing figure a year waits for.
 */
public record Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                     String payer, String payee, int order, Map<String, Object> parameters, int line,
                     Map<String, BigDecimal> payerShares, Set<Integer> due, Set<String> measures) {

    /** A clause as before evaluation years: due every year; reads no measure the engine needs to know of. */
    public Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                  String payer, String payee, int order, Map<String, Object> parameters, int line,
                  Map<String, BigDecimal> payerShares) {
        this(id, title, text, family, version, versionPinned, payer, payee, order, parameters, line, payerShares,
                Set.of(), Set.of());
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
