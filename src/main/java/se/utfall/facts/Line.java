package se.utfall.facts;

import java.math.BigDecimal;

/**
 * A decision line, as rules insert it: one amount, for one clause, year and subject, from payer to
 * payee, with its status, its reason in words and its working. A decision is the sum of its lines.
 *
 * <p>Two optional parts serve safeguards: {@code improvement} is the improvement a payment pays for (null
 * when the line does not pay for a measured change), and {@code adjusts} names the clause whose
 * payment a safeguard clause's line changes (null for a clause's own lines). {@link #about()} is the
 * clause whose money a line is: caps across clauses count a safeguard's lines with the clause it
 * guards.
 */
public record Line(String clause, int year, String subject, String payer, String payee,
                   LineStatus status, BigDecimal amount, String reason, Working working,
                   Improvement improvement, String adjusts) {

    /** A clause's own line that pays for no particular measured change. */
    public Line(String clause, int year, String subject, String payer, String payee,
                LineStatus status, BigDecimal amount, String reason, Working working) {
        this(clause, year, subject, payer, payee, status, amount, reason, working, null, null);
    }

    public boolean isPayment() {
        return status == LineStatus.PAYABLE || status == LineStatus.RELEASED;
    }

    /** The clause whose money this line is: the clause it adjusts, or its own. */
    public String getAbout() {
        return adjusts != null ? adjusts : clause;
    }

    /** The size of the improvement paid for, in the measure's unit, or null. */
    public BigDecimal getQuantity() {
        return improvement == null ? null : improvement.quantity();
    }
}
