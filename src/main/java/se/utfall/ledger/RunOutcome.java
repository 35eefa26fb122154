package se.utfall.ledger;

import java.math.BigDecimal;
import java.util.List;
import se.utfall.decision.Settlement;

/**
 * What a settle run decided and what it paid. {@code runId} is 0 for a dry run (nothing written);
 * {@code notice} says something the user should know, such as a contract signed by this run.
 * {@code check} is the id of the small record a rerun that found nothing new wrote instead of a run
 * (0 otherwise); {@code runId} is then the earlier run it found unchanged.
 */
public record RunOutcome(Settlement settlement, long runId, boolean dryRun, String notice, TermsInForce terms,
                         List<YearAccount> years, List<Payment> payments, long check) {
    public RunOutcome(Settlement settlement, long runId, boolean dryRun, String notice, TermsInForce terms,
                      List<YearAccount> years, List<Payment> payments) {
        this(settlement, runId, dryRun, notice, terms, years, payments, 0);
    }

    /** Whether this rerun found nothing new and was recorded as a check, not as a run. */
    public boolean unchanged() {
        return check > 0;
    }

    public BigDecimal decided() {
        return years.stream().map(YearAccount::decided).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal paidBefore() {
        return years.stream().map(YearAccount::paidBefore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal dueNow() {
        return years.stream().map(YearAccount::dueNow).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
