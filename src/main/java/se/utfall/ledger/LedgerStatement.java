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
                .append(o.dryRun() ? w.get("dry run") : w.get("run") + " " + o.runId()).append('\n');
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
        List<NetPayment> due = NetPayment.of(o).stream().filter(n -> n.due().signum() != 0).toList();
        if (due.isEmpty()) {
            out.append('\n').append(String.format(w.get("nothing new"), o.settlement().asOfYear())).append('\n');
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
