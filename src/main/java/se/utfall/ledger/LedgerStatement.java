package se.utfall.ledger;

import se.utfall.text.SafeText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.report.Amounts;
import se.utfall.report.JsonReport;
import se.utfall.report.JsonText;
import se.utfall.report.TextReport;
import se.utfall.report.Words;
import se.utfall.facts.LineStatus;
import se.utfall.decision.Settlement;
import java.math.BigDecimal;

/**
 * The statement of a settle run: the decisions (as settle always shows them), then per year what
 * was decided, what earlier runs had paid and what is due now, and each payment with its reason.
 */
public final class LedgerStatement {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LedgerStatement() {
    }

    public static String text(RunOutcome o, LedgerLocation where) {
        Contract c = o.settlement().contract();
        Words w = Words.of(c);
        StringBuilder out = new StringBuilder(TextReport.render(o.settlement()));
        out.append('\n').append(w.get("ledger")).append(' ').append(where.shown()).append(" · ")
                .append(o.dryRun() ? w.get("dry run") : o.unchanged()
                        ? String.format(w.get("rerun check"), o.runId(), o.check())
                        : w.get("run") + " " + o.runId()).append('\n');
        accounts(out, o, w);
        List<NetPayment> due = NetPayment.of(o).stream().filter(n -> n.due().signum() != 0).toList();
        if (due.isEmpty()) {
            out.append('\n').append(nothingNew(o, w));
            return out.toString();
        }
        out.append('\n').append(o.dryRun() ? w.get("would make") : w.get("made")).append('\n');
        for (NetPayment n : due) {
            out.append(String.format("  %-58s %16s%n", SafeText.line(n.year() + " " + n.flow().payer() + " → "
                    + n.flow().payee()), Amounts.human(n.due(), c)));
            List<String> parts = new ArrayList<>();
            n.byStatus().forEach((status, amount) -> parts.add(w.status(status) + " " + Amounts.human(amount, c)));
            if (n.paidBefore().signum() != 0) {
                parts.add(w.get("paid before") + " " + Amounts.human(n.paidBefore().negate(), c));
            }
            out.append("      ").append(String.join(" · ", parts)).append('\n');
            for (Payment p : n.payments()) {
                if (p.kind().equals(Payment.ADJUSTMENT)) {
                    PaymentKey k = p.key();
                    out.append("      ").append(w.get("adjustment")).append(' ').append(SafeText.line(k.clause()
                            + (k.subject().isEmpty() ? "" : " · " + k.subject()))).append(' ')
                            .append(Amounts.human(p.amount(), c)).append(": ").append(SafeText.line(p.reason()))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * A what-if of an amendment: per year what the amended terms decide against what was paid, then
     * the adjustments per year and payee, then each line with its reason. Nothing was written.
     */
    public static String whatIf(RunOutcome o, LedgerLocation where) {
        Contract c = o.settlement().contract();
        Words w = Words.of(c);
        StringBuilder out = new StringBuilder();
        out.append("What-if for ").append(SafeText.line(c.id())).append(" up to ").append(o.settlement().asOfYear())
                .append(" · ledger ").append(where.shown()).append(" · nothing was written\n");
        out.append("Terms (years:signing): ").append(o.terms().render()).append("; the last signing is the"
                + " amendment previewed\n\n");
        accounts(out, o, w);
        if (o.payments().isEmpty()) {
            out.append("\nThe amendment would change no payment up to ").append(o.settlement().asOfYear()).append(".\n");
            return out.toString();
        }
        out.append("\nAdjustments the amendment would cause, per year and payee\n");
        Map<String, BigDecimal> perPayee = new java.util.TreeMap<>();
        for (Payment p : o.payments()) {
            perPayee.merge(p.key().year() + "\u0000" + p.key().payee(), p.amount(), BigDecimal::add);
        }
        perPayee.forEach((k, amount) -> out.append(String.format("  %-8s %-40s %16s%n", k.substring(0, k.indexOf('\u0000')),
                SafeText.line(k.substring(k.indexOf('\u0000') + 1)), Amounts.human(amount, c))));
        out.append("\nEach line\n");
        for (Payment p : o.payments()) {
            PaymentKey k = p.key();
            out.append(String.format("  %d %s%s%n", k.year(), SafeText.line(k.clause()), k.subject().isEmpty() ? ""
                    : " · " + SafeText.line(k.subject())));
            out.append(String.format("      %-18s %-33s %16s%n", p.kind(), SafeText.line(k.payer() + " → " + k.payee()),
                    Amounts.human(p.amount(), c)));
            out.append("      ").append(SafeText.line(p.reason())).append('\n');
        }
        return out.toString();
    }

    /** Per flow of money (payer → payee): each year decided, already paid and due now, and the totals. */
    private static void accounts(StringBuilder out, RunOutcome o, Words w) {
        Contract c = o.settlement().contract();
        String row = "  %-8s %16s %16s %16s%n";
        Map<Settlement.Flow, List<NetPayment>> byFlow = new LinkedHashMap<>();
        for (NetPayment n : NetPayment.of(o)) {
            byFlow.computeIfAbsent(n.flow(), f -> new ArrayList<>()).add(n);
        }
        for (Map.Entry<Settlement.Flow, List<NetPayment>> f : byFlow.entrySet()) {
            out.append("  ").append(SafeText.line(f.getKey().payer() + " → " + f.getKey().payee())).append('\n');
            out.append(String.format(row, "", w.get("decided"), w.get("already paid"), w.get("due now")));
            BigDecimal decided = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            for (NetPayment n : f.getValue()) {
                out.append(String.format(row, n.year(), Amounts.human(n.decided(), c), Amounts.human(n.paidBefore(), c),
                        Amounts.human(n.due(), c)));
                decided = decided.add(n.decided());
                paid = paid.add(n.paidBefore());
            }
            out.append(String.format(row, w.get("total"), Amounts.human(decided, c), Amounts.human(paid, c),
                    Amounts.human(decided.subtract(paid), c)));
        }
    }

    /**
     * Nothing is due: which years are paid as decided and which are still pending and why (money
     * withheld, a figure not yet published, data insufficient, or no decision yet), so "paid" is never
     * said of a pending year.
     */
    static String nothingNew(RunOutcome o, Words w) {
        Contract c = o.settlement().contract();
        int asOf = o.settlement().asOfYear();
        Map<Integer, java.util.Set<String>> pending = new java.util.TreeMap<>();
        java.util.Set<Integer> decided = new java.util.TreeSet<>();
        // A hold released by a later year's RELEASED line of the same clause and subject is not pending.
        Map<String, BigDecimal> held = new java.util.HashMap<>();
        for (var l : o.settlement().lines()) {
            String key = l.clause() + "\u0000" + l.subject();
            if (l.status() == LineStatus.WITHHELD || l.status() == LineStatus.RELEASED) {
                // Withheld lines are negative and released ones positive: what is left held is positive.
                held.merge(key, l.amount().negate(), BigDecimal::add);
            }
        }
        for (var l : o.settlement().lines()) {
            decided.add(l.year());
            String where = SafeText.line(l.clause() + (l.subject().isEmpty() ? "" : " · " + l.subject()));
            boolean stillHeld = held.getOrDefault(l.clause() + "\u0000" + l.subject(), BigDecimal.ZERO).signum() > 0;
            switch (l.status()) {
                case WITHHELD -> {
                    if (stillHeld) {
                        pending.computeIfAbsent(l.year(), y -> new java.util.TreeSet<>()).add(
                                String.format(w.get("withheld under"), Amounts.human(l.amount().negate(), c), where));
                    }
                }
                case INSUFFICIENT_DATA -> pending.computeIfAbsent(l.year(), y -> new java.util.TreeSet<>()).add(
                        String.format(w.get("insufficient under"), where));
                case PENDING -> pending.computeIfAbsent(l.year(), y -> new java.util.TreeSet<>()).add(
                        String.format(w.get("unpublished under"), where));
                default -> {
                }
            }
        }
        List<Integer> paid = new ArrayList<>();
        for (int y = c.firstYear(); y <= asOf; y++) {
            if (!decided.contains(y)) {
                pending.computeIfAbsent(y, x -> new java.util.TreeSet<>()).add(w.get("not decided"));
            } else if (!pending.containsKey(y)) {
                paid.add(y);
            }
        }
        if (pending.isEmpty()) {
            return String.format(w.get("nothing new"), asOf) + "\n";
        }
        StringBuilder out = new StringBuilder(w.get("nothing new now")).append(' ');
        out.append(paid.isEmpty() ? String.format(w.get("no year paid"), asOf) : String.format(w.get("paid as decided"),
                String.join(", ", paid.stream().map(String::valueOf).toList()))).append('\n');
        out.append(w.get("pending")).append('\n');
        pending.forEach((y, why) -> out.append("  ").append(y).append(": ").append(String.join("; ", why))
                .append('\n'));
        return out.toString();
    }

    /** settle's JSON with a "ledger" object added at the end; everything before it is unchanged. */
    public static String json(RunOutcome o) {
        Contract c = o.settlement().contract();
        Map<String, Object> root;
        try {
            root = MAPPER.readValue(JsonReport.render(o.settlement()), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> ledger = new LinkedHashMap<>();
        ledger.put("run", o.dryRun() ? null : o.runId());
        if (o.unchanged()) {
            // A rerun that found nothing new: "run" is the run it found unchanged, this its own record.
            ledger.put("rerunCheck", o.check());
        }
        ledger.put("dryRun", o.dryRun());
        ledger.put("terms", o.terms().render());
        List<Object> years = new ArrayList<>();
        for (YearAccount y : o.years()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", y.year());
            m.put("decided", Amounts.plain(y.decided(), c));
            m.put("alreadyPaid", Amounts.plain(y.paidBefore(), c));
            m.put("dueNow", Amounts.plain(y.dueNow(), c));
            years.add(m);
        }
        ledger.put("years", years);
        List<Object> payments = new ArrayList<>();
        for (Payment p : o.payments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", p.key().year());
            m.put("clause", p.key().clause());
            m.put("subject", p.key().subject());
            m.put("payer", p.key().payer());
            m.put("party", p.key().payee());
            m.put("kind", p.kind());
            m.put("amount", Amounts.plain(p.amount(), c));
            m.put("decided", Amounts.plain(p.decided(), c));
            m.put("alreadyPaid", Amounts.plain(p.paidBefore(), c));
            m.put("reason", p.reason());
            payments.add(m);
        }
        ledger.put("payments", payments);
        ledger.put("dueNow", Amounts.plain(o.dueNow(), c));
        root.put("ledger", ledger);
        return JsonText.of(root);
    }
}
