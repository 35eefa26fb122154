package se.utfall.decision;

import java.math.BigDecimal;

/** What one party paid and received under the contract, and the difference. */
public record PartyBalance(String party, String name, String role, BigDecimal paid, BigDecimal received) {
    public BigDecimal net() {
        return received.subtract(paid);
    }
}
