package se.utfall.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.PartyBalance;
import se.utfall.decision.Settlement;

/**
 * The settlement for machines. Keys come in a fixed order and amounts are decimal strings, so the
 * same inputs give byte-identical output.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(Settlement s) {
        Contract c = s.contract();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("contract", c.id());
        root.put("title", c.title());
        root.put("asOfYear", s.asOfYear());
        root.put("currency", c.currency());
        root.put("total", Amounts.plain(s.total(), c));
        List<Object> years = new ArrayList<>();
        for (int year : s.years()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("year", year);
            y.put("total", Amounts.plain(s.total(year), c));
            List<Object> lines = new ArrayList<>();
            for (DecisionLine l : s.lines(year)) {
                lines.add(line(l, c));
            }
            y.put("lines", lines);
            y.put("parties", parties(s.balances(l -> l.year() == year), c));
            years.add(y);
        }
        root.put("years", years);
        root.put("parties", parties(s.balances(), c));
        return JsonText.of(root);
    }

    private static Map<String, Object> line(DecisionLine l, Contract c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clause", l.clause());
        m.put("title", l.clauseTitle());
        m.put("subject", l.subject());
        m.put("party", l.payee());
        m.put("payer", l.payer());
        m.put("amount", Amounts.plain(l.amount(), c));
        m.put("status", l.status().name());
        m.put("reason", l.reason());
        m.put("working", l.working());
        m.put("rule", l.rule());
        m.put("phase", l.phase());
        return m;
    }

    private static List<Object> parties(List<PartyBalance> balances, Contract c) {
        List<Object> result = new ArrayList<>();
        for (PartyBalance b : balances) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("party", b.party());
            m.put("name", b.name());
            m.put("role", b.role());
            m.put("paid", Amounts.plain(b.paid(), c));
            m.put("received", Amounts.plain(b.received(), c));
            m.put("net", Amounts.plain(b.net(), c));
            result.add(m);
        }
        return result;
    }
}
