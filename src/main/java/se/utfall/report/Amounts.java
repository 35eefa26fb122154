package se.utfall.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.utfall.contract.Contract;
import se.utfall.facts.Figures;

/** Amounts at the contract's precision: plain decimal strings for machines, grouped for people. */
public final class Amounts {
    private Amounts() {
    }

    public static String plain(BigDecimal amount, Contract contract) {
        return amount.setScale(contract.decimals(), RoundingMode.UNNECESSARY).toPlainString();
    }

    public static String human(BigDecimal amount, Contract contract) {
        String s = Figures.decimal(amount.setScale(contract.decimals(), RoundingMode.UNNECESSARY));
        if (contract.decimals() > 0 && !s.contains(",")) {
            s = s + "," + "0".repeat(contract.decimals());
        }
        return s;
    }
}
