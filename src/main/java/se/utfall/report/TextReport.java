package se.utfall.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.contract.Party;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.PartyBalance;
import se.utfall.decision.Settlement;
import se.utfall.text.SafeText;

/**
 * The settlement as a statement a committee can read: each year's lines with reason and working,
 * in the contract's language and currency. Totals are per flow (payer → payee): an investor's
 * financing and the outcome payments it receives are never added into one figure.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Settlement s) {
        Contract c = s.contract();
        Words w = Words.of(c);
        StringBuilder out = new StringBuilder();
        out.append(SafeText.line(c.title())).append('\n');
        out.append(w.get("contract")).append(' ').append(c.id()).append(" · ").append(w.get("settled")).append(' ')
                .append(c.firstYear()).append('–').append(s.asOfYear()).append(" · ").append(w.get("amounts in"))
                .append(' ').append(Amounts.currency(c)).append('\n');
        for (int year : s.years()) {
            out.append('\n').append(year).append('\n');
            List<DecisionLine> lines = s.lines(year);
            if (lines.isEmpty()) {
                out.append("  ").append(w.get("no decisions")).append('\n');
            }
            for (DecisionLine l : lines) {
                line(out, l, c);
            }
            Map<Settlement.Flow, BigDecimal> flows = s.flowTotals(l -> l.year() == year);
            if (flows.isEmpty()) {
                out.append(String.format("  %-58s %16s%n", w.get("total") + " " + year, Amounts.human(BigDecimal.ZERO, c)));
            }
            for (Map.Entry<Settlement.Flow, BigDecimal> f : flows.entrySet()) {
                out.append(String.format("  %-58s %16s%n", SafeText.line(w.get("total") + " " + year + ", "
                        + f.getKey().payer() + " → " + f.getKey().payee()), Amounts.human(f.getValue(), c)));
            }
            // Each party's money this year: e.g. an investor's financing against its outcome payments.
            List<PartyBalance> yearly = moving(s.balances(l -> l.year() == year));
            if (!yearly.isEmpty()) {
                out.append('\n');
                parties(out, w.get("parties") + " " + year, yearly, c, "    ");
            }
        }
        out.append('\n');
        parties(out, w.get("money between") + " " + c.firstYear() + "–" + s.asOfYear(), moving(s.balances()), c, "  ");
        out.append('\n').append(w.get("decided per flow")).append(' ').append(c.firstYear()).append('–')
                .append(s.asOfYear()).append('\n');
        Map<Settlement.Flow, BigDecimal> flows = s.flowTotals(l -> true);
        int width = flows.keySet().stream().mapToInt(f -> flow(c, f).length()).max().orElse(10);
        for (Map.Entry<Settlement.Flow, BigDecimal> f : flows.entrySet()) {
            out.append(String.format("  %-" + width + "s %16s%n", flow(c, f.getKey()), Amounts.human(f.getValue(), c)));
        }
        return out.toString();
    }

    /** "Vård- och omsorgsnämnden → Omsorgsgruppen Hemtjänst AB", by the parties' names. */
    static String flow(Contract c, Settlement.Flow f) {
        return SafeText.line(name(c, f.payer()) + " → " + name(c, f.payee()));
    }

    private static String name(Contract c, String party) {
        Party p = c.parties().get(party);
        return p == null ? party : p.name();
    }

    private static List<PartyBalance> moving(List<PartyBalance> balances) {
        return balances.stream().filter(b -> b.paid().signum() != 0 || b.received().signum() != 0).toList();
    }

    private static void parties(StringBuilder out, String heading, List<PartyBalance> balances, Contract c,
                                String indent) {
        Words w = Words.of(c);
        int width = balances.stream().mapToInt(b -> label(b, w).length()).max().orElse(10);
        String row = indent + "%-" + width + "s %16s %16s %16s%n";
        out.append(indent.substring(2)).append(heading).append('\n');
        out.append(String.format(row, "", w.get("paid"), w.get("received"), w.get("net")));
        for (PartyBalance b : balances) {
            out.append(String.format(row, label(b, w), Amounts.human(b.paid(), c), Amounts.human(b.received(), c),
                    Amounts.human(b.net(), c)));
        }
    }

    private static String label(PartyBalance b, Words w) {
        return SafeText.line(b.name() + " (" + w.role(b.role()) + ")");
    }

    static void line(StringBuilder out, DecisionLine l, Contract c) {
        // Every field is one line: a subject or reason holding a line break cannot forge a line below it.
        String head = SafeText.line(l.clause() + " " + l.clauseTitle() + (l.subject().isEmpty() ? "" : " · "
                + l.subject()));
        out.append("  ").append(head).append('\n');
        out.append(String.format("      %-18s %-33s %16s%n", Words.of(c).line(l.status()), SafeText.line(l.payer() + " → " + l.payee()),
                Amounts.human(l.amount(), c)));
        if (!l.reason().isEmpty()) {
            out.append("      ").append(SafeText.line(l.reason())).append('\n');
        }
        if (!l.working().isEmpty()) {
            out.append("      ").append(SafeText.line(l.working())).append('\n');
        }
    }
}
