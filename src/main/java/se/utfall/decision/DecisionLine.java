package se.utfall.decision;

import java.math.BigDecimal;
import se.utfall.facts.LineStatus;

/**
 * A decision line as reported: what a rule decided, plus where it came from (rule and phase) so the
 * statement can explain every krona.
 */
public record DecisionLine(int year, String clause, String clauseTitle, int clauseOrder, String subject,
                           String payer, String payee, LineStatus status, BigDecimal amount, String reason,
                           String working, String rule, String ruleLocation, String phase) {
}
