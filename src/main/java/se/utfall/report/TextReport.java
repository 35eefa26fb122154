package se.utfall.report;

import se.utfall.text.SafeText;
import java.util.List;
import se.utfall.contract.Contract;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.PartyBalance;
import se.utfall.decision.Settlement;

/** The settlement as a statement a committee can read: each year's lines with reason and working. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Settlement s) {
        Contract c = s.contract();
        StringBuilder out = new StringBuilder();
        out.append(SafeText.line(c.title())).append('\n');
        out.append("Contract ").append(c.id()).append(" · settled ").append(c.firstYear()).append('–')
                .append(s.asOfYear()).append(" · amounts in ").append(c.currency()).append('\n');
        for (int year : s.years()) {
            out.append('\n').append(year).append('\n');
            List<DecisionLine> lines = s.lines(year);
            if (lines.isEmpty()) {
                out.append("  (no decisions: no clause applied this year)\n");
            }
            for (DecisionLine l : lines) {
                line(out, l, c);
            }
            out.append(String.format("  %-58s %16s%n", "Total " + year, Amounts.human(s.total(year), c)));
            // Each party's money this year: e.g. an investor's financing against its outcome payments.
            List<PartyBalance> yearly = moving(s.balances(l -> l.year() == year));
            if (!yearly.isEmpty()) {
                out.append('\n');
                parties(out, "Parties " + year, yearly, c, "    ");
            }
        }
        out.append('\n');
        parties(out, "Money between the parties " + c.firstYear() + "–" + s.asOfYear(), moving(s.balances()), c, "  ");
        out.append('\n').append(String.format("%-60s %16s%n", "All payments decided " + c.firstYear() + "–"
                + s.asOfYear() + ", all parties", Amounts.human(s.total(), c)));
        return out.toString();
    }

    private static List<PartyBalance> moving(List<PartyBalance> balances) {
        return balances.stream().filter(b -> b.paid().signum() != 0 || b.received().signum() != 0).toList();
    }

    private static void parties(StringBuilder out, String heading, List<PartyBalance> balances, Contract c,
                                String indent) {
        int width = balances.stream().mapToInt(b -> label(b).length()).max().orElse(10);
        String row = indent + "%-" + width + "s %16s %16s %16s%n";
        out.append(indent.substring(2)).append(heading).append('\n');
        out.append(String.format(row, "", "paid", "received", "net"));
        for (PartyBalance b : balances) {
            out.append(String.format(row, label(b), Amounts.human(b.paid(), c), Amounts.human(b.received(), c),
                    Amounts.human(b.net(), c)));
        }
    }

    private static String label(PartyBalance b) {
        return SafeText.line(b.name() + " (" + b.role() + ")");
    }

    static void line(StringBuilder out, DecisionLine l, Contract c) {
        // Every field is one line: a subject or reason holding a line break cannot forge a line below it.
        String head = SafeText.line(l.clause() + " " + l.clauseTitle() + (l.subject().isEmpty() ? "" : " · "
                + l.subject()));
        out.append("  ").append(head).append('\n');
        out.append(String.format("      %-18s %-33s %16s%n", l.status(), SafeText.line(l.payer() + " → " + l.payee()),
                Amounts.human(l.amount(), c)));
        if (!l.reason().isEmpty()) {
            out.append("      ").append(SafeText.line(l.reason())).append('\n');
        }
        if (!l.working().isEmpty()) {
            out.append("      ").append(SafeText.line(l.working())).append('\n');
        }
    }
}
