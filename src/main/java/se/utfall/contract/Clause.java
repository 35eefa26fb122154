package se.utfall.contract;

import java.util.Map;

/**
 * One clause as the contract states it: § id, title, the legal text, and how it is implemented:
 * by a library family at a version with these parameter values, or (family null) by the
 * contract's own rules. {@code version} is the family version the clause settles with; it is the
 * one the contract pins ({@code versionPinned}), or the family's current version when the clause
 * names none.
 */
public record Clause(String id, String title, String text, String family, String version, boolean versionPinned,
                     String payer, String payee, int order, Map<String, Object> parameters, int line) {
}
