package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.report.JsonText;

/** The analysis for machines: fixed key order, amounts and measure values as decimal strings. */
public final class AnalysisJson {
    private AnalysisJson() {
    }

    public static String render(Analysis a) {
        Contract c = a.contract();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("contract", c.id());
        root.put("title", c.title());
        root.put("firstYear", c.firstYear());
        root.put("lastYear", c.lastYear());
        root.put("currency", c.currency());
        root.put("seed", a.seed());
        root.put("samples", a.samples());
        root.put("settlements", a.settlements());
        root.put("units", a.units());
        root.put("widestUnits", a.widest());
        root.put("passed", a.passed());
        Map<String, Object> paid = new LinkedHashMap<>();
        paid.put("payers", List.copyOf(new java.util.TreeSet<>(a.money().payers())));
        paid.put("definition", a.money().description());
        root.put("paid", paid);
        List<Object> foci = new ArrayList<>();
        for (Focus f : a.foci()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", f.subject());
            m.put("measure", f.measure().id());
            m.put("unit", f.measure().unit());
            m.put("higherIsBetter", f.measure().higherIsBetter());
            m.put("low", plain(f.lattice().low()));
            m.put("high", plain(f.lattice().high()));
            m.put("step", plain(f.lattice().step()));
            m.put("grid", f.grid().stream().map(p -> f.lattice().value(p)).sorted().map(AnalysisJson::plain).toList());
            m.put("keyValues", f.keyPositions().stream().map(p -> f.lattice().value(p)).sorted().map(AnalysisJson::plain)
                    .toList());
            foci.add(m);
        }
        root.put("figures", foci);
        root.put("held", a.heldMeasures());
        List<Object> checks = new ArrayList<>();
        for (ComparisonResult r : a.comparisons()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", r.check().id());
            m.put("status", r.status().name());
            m.put("claim", r.check().claim());
            m.put("pairs", r.pairs());
            if (r.status() == Status.NOT_RUN) {
                m.put("note", "not run: no pairs to compare in " + c.firstYear() + "-" + c.lastYear());
            }
            if (r.status() == Status.FAIL) {
                m.put("counterExample", example(r.minimal(), c));
                m.put("largest", example(r.largest(), c));
            }
            checks.add(m);
        }
        Cliff k = a.cliff();
        if (k != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", "cliffs");
            m.put("status", k.status().name());
            m.put("claim", "The largest change in total payout for the smallest step of a measure.");
            m.put("subject", k.focus().subject());
            m.put("measure", k.focus().measure().id());
            m.put("year", c.firstYear() + k.year());
            m.put("from", plain(k.focus().lattice().value(k.lower().at(k.year()))));
            m.put("to", plain(k.focus().lattice().value(k.upper().at(k.year()))));
            m.put("change", money(k.change(), c));
            m.put("limit", k.limit() == null ? null : money(k.limit(), c));
            m.put("limitFrom", a.limits().cliffFrom());
            m.put("counterExample", example(new Example(k.focus(), new Pair(k.upper(), k.lower(), 0), k.atUpper(),
                    k.atLower(), k.change(), k.clause()), c));
            checks.add(m);
        }
        Exposure e = a.exposure();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("check", "exposure");
        x.put("status", e.status().name());
        x.put("claim", "The largest total payout found, against the caps and the budget.");
        x.put("total", money(e.payout().total(), c));
        x.put("years", years(e.payout(), c));
        x.put("budget", e.budget() == null ? null : money(e.budget(), c));
        x.put("budgetFrom", a.limits().budgetFrom());
        List<Object> figures = new ArrayList<>();
        e.figures().forEach((f, t) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", f.subject());
            m.put("measure", f.measure().id());
            m.put("values", values(f, t));
            figures.add(m);
        });
        x.put("figures", figures);
        List<Object> caps = new ArrayList<>();
        for (Exposure.CapApplied cap : e.caps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", cap.clause());
            m.put("title", cap.title());
            m.put("cut", money(cap.cut(), c));
            caps.add(m);
        }
        x.put("caps", caps);
        checks.add(x);
        root.put("checks", checks);
        return JsonText.of(root);
    }

    private static Map<String, Object> example(Example e, Contract c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", e.focus().subject());
        m.put("measure", e.focus().measure().id());
        m.put("subjects", e.focus().subjects());
        m.put("shortfall", money(e.shortfall(), c));
        Map<String, Object> better = new LinkedHashMap<>();
        better.put("values", values(e.focus(), e.pair().better()));
        better.put("paid", years(e.better(), c));
        better.put("total", money(e.better().total(), c));
        Map<String, Object> worse = new LinkedHashMap<>();
        worse.put("values", values(e.focus(), e.pair().worse()));
        worse.put("paid", years(e.worse(), c));
        worse.put("total", money(e.worse().total(), c));
        m.put("better", better);
        m.put("worse", worse);
        m.put("clause", difference(e.clause(), c));
        return m;
    }

    /** The clause that makes the difference: its id and title and what it pays in each history. */
    private static Map<String, Object> difference(Difference d, Contract c) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.clause());
        m.put("title", d.title());
        m.put("better", money(d.better(), c));
        m.put("worse", money(d.worse(), c));
        return m;
    }

    private static List<String> values(Focus f, Trajectory t) {
        List<String> out = new ArrayList<>();
        for (int y = 0; y < t.years(); y++) {
            out.add(plain(f.lattice().value(t.at(y))));
        }
        return out;
    }

    private static List<String> years(Payout p, Contract c) {
        return p.perYear().stream().map(v -> money(v, c)).toList();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0).toPlainString() : v.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal v, Contract c) {
        return v.setScale(c.decimals(), java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
