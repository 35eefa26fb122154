package se.utfall.contract;

import java.util.Map;

/**
 * One clause as the contract states it: § id, title, the legal text, and how it is implemented:
 * by a library family with these parameter values, or (family null) by the contract's own rules.
 */
public record Clause(String id, String title, String text, String family, String payer, String payee,
                     int order, Map<String, Object> parameters, int line) {
}
