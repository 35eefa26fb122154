package se.utfall.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What every clause's terms have in common. Each clause family's parameters are generated as a
 * declared type extending this one, so rules read them as typed fields (e.g. {@code pricePerOutcome})
 * and make their decision lines through the methods here, which fill in clause, parties and rounding.
 */
public class ClauseTerms {
    private String clause;
    private String title;
    private int order;
    private String payer;
    private String payee;
    private int decimals;
    private RoundingMode roundingMode;
    private String payerShares;
    private boolean english;
    private String currency = "SEK";
    private Map<String, String> texts = Map.of();
    /** Each unit's provider when the clause pays the contract's providers unit by unit; empty otherwise. */
    private java.util.Map<String, String> unitPayees = java.util.Map.of();
    private java.util.List<String> providers = java.util.List.of();

    /** Called once by the engine before the terms are inserted. */
    public final void init(String clause, String title, int order, String payer, String payee,
                           int decimals, RoundingMode roundingMode) {
        if (this.clause != null) {
            throw new IllegalStateException("terms of " + this.clause + " are already set");
        }
        this.clause = clause;
        this.title = title;
        this.order = order;
        this.payer = payer;
        this.payee = payee;
        this.decimals = decimals;
        this.roundingMode = roundingMode;
    }

    /**
     * As {@link #init(String, String, int, String, String, int, RoundingMode)}, for a contract in
     * {@code language} ("sv" or "en") and {@code currency}, with the family's texts in that language.
     */
    public final void init(String clause, String title, int order, String payer, String payee,
                           int decimals, RoundingMode roundingMode, String language, String currency,
                           Map<String, String> texts) {
        init(clause, title, order, payer, payee, decimals, roundingMode);
        this.english = "en".equals(language);
        this.currency = currency;
        this.texts = Map.copyOf(texts);
    }

    /**
     * The family's text {@code key} (from texts: in its family.yaml) in the contract's language, with
     * each {@code {name}} filled from the pairs that follow: {@code say("reached", "from", $from, "year", $year)}.
     * A BigDecimal is written as a figure in the language ("1 200,5" or "1,200.5"); anything else as it is.
     */
    public String say(String key, Object... namesAndValues) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("the family has no text '" + key + "' in its family.yaml (texts:)");
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("text '" + key + "' needs names and values in pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", written(namesAndValues[i + 1]));
        }
        return text;
    }

    /** The family's working template {@code key} in the contract's language, with the figures written in it. */
    public Working working(String key, Object... figures) {
        return Working.of(this::written, say(key), figures);
    }

    /** A figure in the contract's language. */
    public String number(BigDecimal value) {
        return english ? Figures.english(value) : Figures.decimal(value);
    }

    /** An amount in the contract's currency: "9 600 000 kr" for SEK in Swedish, "USD 9,600,000" in English. */
    public String money(BigDecimal amount) {
        if (english) {
            return (amount.signum() < 0 ? "−" : "") + currency + " " + number(amount.abs());
        }
        return number(amount) + " " + ("SEK".equals(currency) ? "kr" : currency);
    }

    /** A level in the measure's unit, in the contract's language. */
    public String level(BigDecimal value, String unit) {
        return english ? Figures.levelEnglish(value, unit) : Figures.level(value, unit);
    }

    /** A change in the measure's unit (percentage points for a percentage), in the contract's language. */
    public String change(BigDecimal value, String unit) {
        return english ? Figures.changeEnglish(value, unit) : Figures.change(value, unit);
    }

    private String written(Object value) {
        if (value instanceof BigDecimal d) {
            return number(d);
        }
        if (value instanceof Long) {
            return number(new BigDecimal(value.toString()));
        }
        return String.valueOf(value);
    }

    /**
     * Called by the engine for a clause that names no payee: each unit's money goes to the provider
     * the contract lists the unit under. With several providers a unit listed under none (or a line
     * for no unit) has no payee, and the settlement is refused rather than paying the first provider.
     */
    public final void payUnitsTo(java.util.Map<String, String> unitPayees, java.util.List<String> providers) {
        this.unitPayees = java.util.Map.copyOf(unitPayees);
        this.providers = java.util.List.copyOf(providers);
    }

    /**
     * The payee of this clause's line for a subject: the unit's provider, or the clause's payee. A line
     * of 0 (nothing achieved, data missing) moves no money, so it may stay with the clause's payee.
     */
    public String payeeOf(String subject, BigDecimal amount) {
        String unitPayee = unitPayees.get(subject == null ? "" : subject);
        if (unitPayee != null) {
            return unitPayee;
        }
        if (providers.size() > 1 && amount.signum() != 0) {
            throw new ClauseMisconfigured(clause, (subject == null || subject.isEmpty()
                    ? "it decides an amount for no single unit"
                    : "it pays unit '" + subject + "', which no provider lists under 'subjects:'")
                    + ", and the contract has " + providers.size() + " providers (" + String.join(", ", providers)
                    + "), so the payee is ambiguous; list the unit under its provider's 'subjects:' in parties,"
                    + " or name the payee with 'payee:' on the clause.");
        }
        return payee;
    }

    public String getClause() {
        return clause;
    }

    public String getTitle() {
        return title;
    }

    public int getOrder() {
        return order;
    }

    public String getPayer() {
        return payer;
    }

    public String getPayee() {
        return payee;
    }

    /**
     * Who pays the clause's lines, as the contract writes it: the payer ("kommunen"), or the
     * co-payers with their shares ("kommunen 60, regionen 40") when it splits them. Two clauses run in
     * the same flow only when this and the payee are equal: a rule that reduces another clause's
     * payment (a cap) can tell, from the terms alone, that it would cut one payer's money for what
     * several pay, whatever this year's figures are.
     */
    public String getPayerShares() {
        return payerShares == null ? payer : payerShares;
    }

    /** Called once by the engine, for a clause paid by several parties, after {@link #init}. */
    public final void sharedBy(String shares) {
        if (this.payerShares != null) {
            throw new IllegalStateException("the payers of " + clause + " are already set");
        }
        this.payerShares = shares;
    }

    /** Rounds by the contract's rule; every line amount passes through here exactly once. */
    public BigDecimal round(BigDecimal amount) {
        return amount.setScale(decimals, roundingMode);
    }

    public Line pay(int year, String subject, BigDecimal amount, String reason, Working working) {
        return line(year, subject, LineStatus.PAYABLE, amount, reason, working);
    }

    public Line pay(int year, BigDecimal amount, String reason, Working working) {
        return pay(year, "", amount, reason, working);
    }

    /**
     * A payment for a measured improvement: like {@link #pay}, and the line says which change it pays
     * for, so safeguards (sampling margin, comparison group, clawback, carry-forward) can judge it.
     */
    public Line payFor(int year, String subject, Improvement improvement, BigDecimal amount, String reason, Working working) {
        return new Line(clause, year, subject == null ? "" : subject, payer, payeeOf(subject, amount), LineStatus.PAYABLE,
                round(amount), reason, working, improvement, null);
    }

    public Line notAchieved(int year, String subject, String reason, Working working) {
        return line(year, subject, LineStatus.NOT_ACHIEVED, BigDecimal.ZERO, reason, working);
    }

    public Line notAchieved(int year, String reason, Working working) {
        return notAchieved(year, "", reason, working);
    }

    public Line insufficientData(int year, String subject, String reason) {
        return line(year, subject, LineStatus.INSUFFICIENT_DATA, BigDecimal.ZERO, reason, new Working("", ""));
    }

    /** An adjustment to what this clause decided: capped, withheld, released, clawed back. */
    public Line adjust(int year, String subject, LineStatus status, BigDecimal amount, String reason, Working working) {
        return line(year, subject, status, amount, reason, working);
    }

    public Line adjust(int year, LineStatus status, BigDecimal amount, String reason, Working working) {
        return adjust(year, "", status, amount, reason, working);
    }

    /**
     * A safeguard's adjustment of another clause's payment: a line of this clause, in the guarded
     * line's subject and flow (payer → payee), that says which clause it adjusts so that caps across
     * clauses count it with that clause. {@code year} is the year the adjustment is decided, which for
     * a clawback is later than the guarded line's.
     */
    public Line adjustLine(int year, Line guarded, LineStatus status, BigDecimal amount, String reason,
                           Working working) {
        return new Line(clause, year, guarded.subject(), guarded.payer(), guarded.payee(), status, round(amount),
                reason, working, null, guarded.clause());
    }

    /**
     * A safeguard's adjustment of another clause's payment to a subject, in this clause's own flow
     * (safeguards refuse to guard a clause with other parties), counted with the clause it adjusts
     * like {@link #adjustLine}; for rules that know the guarded clause but hold no single line of it.
     */
    public Line adjustFor(int year, String subject, String guardedClause, LineStatus status, BigDecimal amount,
                          String reason, Working working) {
        return new Line(clause, year, subject == null ? "" : subject, payer, payeeOf(subject, amount), status, round(amount),
                reason, working, null, guardedClause);
    }

    /**
     * Refuses to settle because the clause is misconfigured (e.g. a ceiling below its floor). The
     * message says what to change; it is shown at the clause's line in contract.yaml.
     */
    public void refuse(String whatToChange) {
        throw new ClauseMisconfigured(clause, whatToChange);
    }

    private Line line(int year, String subject, LineStatus status, BigDecimal amount, String reason, Working working) {
        return new Line(clause, year, subject == null ? "" : subject, payer, payeeOf(subject, amount), status, round(amount),
                reason, working);
    }
}
