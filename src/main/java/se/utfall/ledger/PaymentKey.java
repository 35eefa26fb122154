package se.utfall.ledger;

import java.util.Comparator;
import se.utfall.decision.DecisionLine;

/** What a payment is owed for: a year, a clause, a subject, and who pays whom. */
public record PaymentKey(int year, String clause, String subject, String payer, String payee)
        implements Comparable<PaymentKey> {
    private static final Comparator<PaymentKey> ORDER = Comparator.comparingInt(PaymentKey::year)
            .thenComparing(PaymentKey::clause).thenComparing(PaymentKey::subject)
            .thenComparing(PaymentKey::payer).thenComparing(PaymentKey::payee);

    static PaymentKey of(DecisionLine l) {
        return new PaymentKey(l.year(), l.clause(), l.subject(), l.payer(), l.payee());
    }

    @Override
    public int compareTo(PaymentKey o) {
        return ORDER.compare(this, o);
    }
}
