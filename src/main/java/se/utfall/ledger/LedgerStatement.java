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
        StringBuilder out = new StringBuilder(TextReport.render(o.settlement()));
        out.append('\n').append("Ledger ").append(where.shown()).append(" · ")
                .append(o.dryRun() ? "dry run: nothing was written" : "run " + o.runId()).append('\n');
        String row = "  %-8s %16s %16s %16s%n";
        out.append(String.format(row, "", "decided", "already paid", "due now"));
        for (YearAccount y : o.years()) {
            out.append(String.format(row, y.year(), Amounts.human(y.decided(), c), Amounts.human(y.paidBefore(), c),
                    Amounts.human(y.dueNow(), c)));
        }
        out.append(String.format(row, "Total", Amounts.human(o.decided(), c), Amounts.human(o.paidBefore(), c),
                Amounts.human(o.dueNow(), c)));
        if (o.payments().isEmpty()) {
            out.append("\nNothing new to pay: every year up to ").append(o.settlement().asOfYear())
                    .append(" is paid as decided.\n");
        } else {
            out.append('\n').append(o.dryRun() ? "Payments this run would make" : "Payments this run made").append('\n');
            for (Payment p : o.payments()) {
                PaymentKey k = p.key();
                out.append(String.format("  %d %s%s%n", k.year(), SafeText.line(k.clause()), k.subject().isEmpty() ? ""
                        : " · " + SafeText.line(k.subject())));
                out.append(String.format("      %-18s %-33s %16s%n", p.kind(), SafeText.line(k.payer() + " → " + k.payee()),
                        Amounts.human(p.amount(), c)));
                out.append("      ").append(SafeText.line(p.reason())).append('\n');
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
