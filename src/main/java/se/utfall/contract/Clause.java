package se.utfall.contract;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One clause as the contract states it: § id, title, the legal text, and how it is implemented:
 * by a library family at a version with these parameter values, or (family null) by the
 * contract's own rules. {@code version} is the family version the clause settles with; it is the
 * one the contract pins ({@code versionPinned}), or the family's current version when the clause
 * names none. A clause paid by several parties has payer shares (payer is then the first of them,
 * the one its rules see); its lines are split between them when the settlement is reported. A clause
 * that names no {@code payee:} pays each unit's money to the provider the unit belongs to.
 */
public record Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                     String payer, String payee, int order, Map<String, Object> parameters, int line,
                     Map<String, BigDecimal> payerShares, boolean payeeNamed) {

    /** A clause whose payee is the contract's provider unless it names one ({@code payeeNamed}). */
    public Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                  String payer, String payee, int order, Map<String, Object> parameters, int line,
                  Map<String, BigDecimal> payerShares) {
        this(id, title, text, family, version, versionPinned, payer, payee, order, parameters, line, payerShares,
                true);
    }

    /** A clause with one payer. */
    public Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                  String payer, String payee, int order, Map<String, Object> parameters, int line) {
        this(id, title, text, family, version, versionPinned, payer, payee, order, parameters, line, Map.of());
    }
}
