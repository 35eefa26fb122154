package se.utfall.ledger;

import java.math.BigDecimal;
import java.util.List;
import se.utfall.decision.Settlement;

/**
 * What a settle run decided and what it paid. {@code runId} is 0 for a dry run (nothing written);
 * {@code notice} says something the user should know, such as a contract signed by this run.
 */
public record RunOutcome(Settlement settlement, long runId, boolean dryRun, String notice, TermsInForce terms,
                         List<YearAccount> years, List<Payment> payments) {

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
