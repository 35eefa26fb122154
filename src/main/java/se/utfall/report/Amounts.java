package se.utfall.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.utfall.contract.Contract;

/**
 * Amounts at the contract's precision: plain decimal strings for machines, grouped for people.
 * One rule for people, in every statement of every command: in the contract's language (Swedish: a
 * space between thousands and a decimal comma; English: a comma between thousands and a decimal
 * point), a minus sign (−), and always exactly the contract's rounding decimals (a contract in öre
 * shows {@code 6 334 667,50} beside {@code 655 550,02}, never {@code 6 334 667,5}).
 */
public final class Amounts {
    private Amounts() {
    }

    public static String plain(BigDecimal amount, Contract contract) {
        return amount.setScale(contract.decimals(), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** As the contract's language writes money: {@code 1 234,50} in Swedish, {@code 1,234.50} in English. */
    public static String human(BigDecimal amount, Contract contract) {
        String swedish = human(amount, contract.decimals());
        if (contract.language() != se.utfall.contract.Language.EN) {
            return swedish;
        }
        // Same digits, English separators: the thousands space becomes a comma, the decimal comma a point.
        return swedish.replace(',', '.').replace(' ', ',');
    }

    /** {@code amount} grouped, with exactly {@code decimals} decimals (it must already be at that precision). */
    public static String human(BigDecimal amount, int decimals) {
        String plain = amount.setScale(decimals, RoundingMode.UNNECESSARY).abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(amount.signum() < 0 ? "−" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(whole.charAt(i));
        }
        return dot < 0 ? out.toString() : out.append(',').append(plain.substring(dot + 1)).toString();
    }

    /**
     * An amount read back from the ledger, at the precision it was recorded with (the contract's
     * decimals), so a statement built from the ledger formats like one built from the contract.
     */
    public static String human(BigDecimal amount) {
        return human(amount, Math.max(0, amount.scale()));
    }

    /** An amount read back from the ledger, written the way {@code language} writes money. */
    public static String human(BigDecimal amount, se.utfall.contract.Language language) {
        String swedish = human(amount);
        return language == se.utfall.contract.Language.EN ? swedish.replace(',', '.').replace(' ', ',') : swedish;
    }

    /** The amount with the contract's currency: {@code 16 000 kr} in SEK, {@code 16 000,00 USD} otherwise. */
    public static String withCurrency(BigDecimal amount, Contract contract) {
        return human(amount, contract) + " " + currency(contract);
    }

    /** How the contract's currency is written after an amount: kr for SEK, the code for any other. */
    public static String currency(Contract contract) {
        return contract.currency().equals("SEK") ? "kr" : contract.currency();
    }
}
