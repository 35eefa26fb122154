package se.utfall.facts;

import java.math.BigDecimal;

/**
 * A decision line, as rules insert it: one amount, for one clause, year and subject, from payer to
 * payee, with its status, its reason in words and its working. A decision is the sum of its lines.
 */
public record Line(String clause, int year, String subject, String payer, String payee,
                   LineStatus status, BigDecimal amount, String reason, Working working) {

    public boolean isPayment() {
        return status == LineStatus.PAYABLE || status == LineStatus.RELEASED;
    }
}
