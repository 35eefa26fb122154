package se.utfall.analysis;

import se.utfall.text.SafeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.facts.Figures;

/** The analysis for a procurement officer: each check's verdict, and for a failure the two trajectories year by year. */
public final class AnalysisText {
    private AnalysisText() {
    }

    public static String render(Analysis a) {
        Contract c = a.contract();
        StringBuilder out = new StringBuilder();
        out.append("Incentive analysis: ").append(SafeText.line(c.title())).append('\n');
        out.append("Contract ").append(c.id()).append(" · ").append(c.firstYear()).append('–').append(c.lastYear())
                .append(" · amounts in ").append(c.currency()).append(" · seed ").append(a.seed()).append(" · ")
                .append(Figures.decimal(BigDecimal.valueOf(a.settlements()))).append(" settlements\n\n");
        wrap(out, "", "Paid means " + a.money().description());
        out.append('\n');
        wrap(out, "", "Each figure below is varied on its own, every year of the period, while every other figure"
                + " keeps the values, respondents and verifiers of the measurements file (a year the file lacks repeats"
                + " the latest year before it; no figure is made up for a year before its first row): exhaustively on a coarse grid, then " + a.samples()
                + " random trajectories per check, near the clauses' key values half of the time.");
        if (a.widest() > a.units()) {
            wrap(out, "", "The comparison checks run twice: with the measurements file's " + a.units() + " unit"
                    + (a.units() == 1 ? "" : "s") + ", and with " + a.widest() + " (--subjects), the extra units copying"
                    + " the file's own in turn and holding their figures, so that a cap across clauses binds as in a"
                    + " larger portfolio. Cliffs and exposure use the file's own units.");
        } else {
            wrap(out, "", "The comparison checks run with the measurements file's " + a.units() + " unit"
                    + (a.units() == 1 ? "" : "s") + " (--subjects " + a.widest() + " or fewer adds none).");
        }
        for (Focus f : a.foci()) {
            Lattice l = f.lattice();
            out.append("  ").append(SafeText.line(f.label())).append(" (").append(unit(f).isEmpty() ? "no unit" : unit(f)).append(", ")
                    .append(f.measure().higherIsBetter() ? "higher" : "lower").append(" is better): ")
                    .append(Figures.decimal(l.low())).append('–').append(Figures.decimal(l.high())).append(" in steps of ")
                    .append(Figures.decimal(l.step())).append('\n');
            out.append("      coarse grid ").append(values(f, f.grid())).append('\n');
            if (!f.keyPositions().isEmpty()) {
                out.append("      key values from the clauses, and their neighbours: ").append(values(f, f.keyPositions()))
                        .append('\n');
            }
        }
        if (!a.heldMeasures().isEmpty()) {
            wrap(out, "  ", "Held at the measurements file's values, not varied (not the provider's results): "
                    + String.join(", ", a.heldMeasures()) + ".");
        }
        for (ComparisonResult r : a.comparisons()) {
            out.append('\n').append(String.format("%-5s %s: %s%n", r.status().label(), r.check().id(), r.check().claim()));
            if (r.status() == Status.NOT_RUN) {
                wrap(out, "      ", "Not run: no pairs to compare. No two trajectories of this shape exist in "
                        + c.firstYear() + "–" + c.lastYear() + " (" + years(c) + "), so this check proves nothing"
                        + " about the contract.");
                continue;
            }
            if (r.status() == Status.PASS) {
                out.append("      No counter-example in ").append(Figures.decimal(BigDecimal.valueOf(r.pairs())))
                        .append(" pairs of trajectories.\n");
                continue;
            }
            Example m = r.minimal();
            out.append("      Counter-example for ").append(SafeText.line(m.focus().label())).append(" with ")
                    .append(m.focus().subjects()).append(" unit").append(m.focus().subjects() == 1 ? "" : "s")
                    .append(" in all, the smallest found:\n");
            table(out, c, m, r.check().betterName(), r.check().worseName());
            out.append("      ").append(capitalized(r.check().worseName())).append(" is paid ")
                    .append(money(m.shortfall(), c)).append(" more than ").append(r.check().betterName())
                    .append(r.check() instanceof Comparisons.Decline ? " (in total or in the year of the fall).\n" : ".\n");
            clause(out, c, m.clause(), "The difference is made by ", r.check().betterName(), r.check().worseName());
            Example l = r.largest();
            out.append("      Largest difference found: ").append(money(l.shortfall(), c)).append(" (")
                    .append(SafeText.line(l.focus().label())).append(", ").append(l.focus().subjects()).append(" units: ")
                    .append(r.check().betterName()).append(' ')
                    .append(path(l.focus(), l.pair().better())).append(" paid ").append(money(l.better().total(), c))
                    .append("; ").append(r.check().worseName()).append(' ').append(path(l.focus(), l.pair().worse()))
                    .append(" paid ").append(money(l.worse().total(), c)).append(").\n");
            out.append("      ").append(Figures.decimal(BigDecimal.valueOf(r.pairs()))).append(" pairs of trajectories tried.\n");
        }
        cliff(out, a, c);
        exposure(out, a, c);
        List<String> failed = new ArrayList<>();
        a.comparisons().stream().filter(r -> r.status() == Status.FAIL).forEach(r -> failed.add(r.check().id()));
        if (a.cliff() != null && a.cliff().status() == Status.FAIL) {
            failed.add("cliffs");
        }
        if (a.exposure().status() == Status.FAIL) {
            failed.add("exposure");
        }
        List<String> notRun = a.comparisons().stream().filter(r -> r.status() == Status.NOT_RUN)
                .map(r -> r.check().id()).toList();
        String skipped = notRun.isEmpty() ? "" : " Not run (no pairs to compare): " + String.join(", ", notRun) + ".";
        out.append('\n').append(failed.isEmpty()
                ? (notRun.isEmpty() ? "Every check passes." : "Every check that ran passes." + skipped)
                : failed.size() + " check" + (failed.size() == 1 ? " fails: " : "s fail: ") + String.join(", ", failed)
                        + "." + skipped).append('\n');
        return out.toString();
    }

    private static void cliff(StringBuilder out, Analysis a, Contract c) {
        Cliff k = a.cliff();
        out.append('\n');
        if (k == null) {
            out.append("INFO  cliffs: no step was possible.\n");
            return;
        }
        Focus f = k.focus();
        out.append(String.format("%-5s cliffs: ", k.status().label())).append("The largest change in total payout for the smallest step"
                + " of a measure, where manipulating a figure pays most.\n");
        out.append("      ").append(money(k.change().abs(), c)).append(k.change().signum() >= 0 ? " more" : " less")
                .append(" when ").append(SafeText.line(f.label())).append(' ').append(c.firstYear() + k.year()).append(" goes from ")
                .append(level(f, k.lower().at(k.year()))).append(" to ").append(level(f, k.upper().at(k.year())))
                .append(", every other year as below:\n");
        table(out, c, new Example(f, new Pair(k.upper(), k.lower(), 0), k.atUpper(), k.atLower(), k.change()),
                "one step up", "as is");
        clause(out, c, k.clause(), "The step is made by ", "one step up", "as is");
        if (k.limit() == null) {
            out.append("      No limit given: write tolerated-cliff under analysis: in contract.yaml (or pass --max-cliff"
                    + " AMOUNT) to fail when one step is worth more.\n");
        } else {
            out.append("      Tolerated cliff ").append(money(k.limit(), c)).append(" (").append(a.limits().cliffFrom())
                    .append(")").append(k.status() == Status.FAIL ? ": exceeded.\n" : ": within it.\n");
        }
    }

    private static void exposure(StringBuilder out, Analysis a, Contract c) {
        Exposure e = a.exposure();
        out.append('\n').append(String.format("%-5s exposure: ", e.status().label()))
                .append("The most the counted parties were found to pay ").append(c.firstYear()).append('–')
                .append(c.lastYear()).append(": ").append(money(e.payout().total(), c)).append(".\n");
        StringBuilder years = new StringBuilder();
        for (int i = 0; i < e.payout().perYear().size(); i++) {
            years.append(i == 0 ? "" : ", ").append(c.firstYear() + i).append(": ").append(money(e.payout().perYear().get(i), c));
        }
        out.append("      By year ").append(years).append('\n');
        for (Map.Entry<Focus, Trajectory> f : e.figures().entrySet()) {
            out.append("      ").append(SafeText.line(f.getKey().label())).append(": ").append(path(f.getKey(), f.getValue())).append('\n');
        }
        if (e.caps().isEmpty()) {
            out.append("      No cap cut that payout.\n");
        }
        for (Exposure.CapApplied cap : e.caps()) {
            out.append("      cut by ").append(cap.clause()).append(' ').append(SafeText.line(cap.title())).append(": ")
                    .append(money(cap.cut(), c)).append('\n');
        }
        wrap(out, "      ", "This is the largest payout the search reached, a lower bound for the true maximum;"
                + " the caps above are what stops it growing.");
        if (e.budget() == null) {
            out.append("      No budget given: write budget under analysis: in contract.yaml (or pass --budget AMOUNT)"
                    + " to fail when a trajectory can be paid more.\n");
        } else {
            out.append("      Budget ").append(money(e.budget(), c)).append(" (").append(a.limits().budgetFrom())
                    .append(")").append(e.status() == Status.FAIL
                    ? ": exceeded by " + money(e.payout().total().subtract(e.budget()), c) + ".\n" : ": within it.\n");
        }
    }

    private static void table(StringBuilder out, Contract c, Example e, String betterName, String worseName) {
        Focus f = e.focus();
        String row = "        %-6s %18s %12s   %20s %12s%n";
        out.append(String.format(row, "year", cut(betterName, 18), "paid", cut(worseName, 20), "paid"));
        for (int y = 0; y < e.pair().worse().years(); y++) {
            out.append(String.format(row, c.firstYear() + y, level(f, e.pair().better().at(y)),
                    money(e.better().perYear().get(y), c), level(f, e.pair().worse().at(y)),
                    money(e.worse().perYear().get(y), c)));
        }
        out.append(String.format(row, "total", "", money(e.better().total(), c), "", money(e.worse().total(), c)));
    }

    /** Names the clause whose lines differ most between the two histories, and what it pays in each. */
    private static void clause(StringBuilder out, Contract c, Difference d, String lead, String betterName,
                               String worseName) {
        if (d == null) {
            return;
        }
        // one line, as the other findings: folding could split an amount at its thousands space
        out.append("      ").append(lead).append(d.clause()).append(' ').append(SafeText.line(d.title()))
                .append(": it pays ").append(money(d.better(), c)).append(" for ").append(betterName).append(" and ")
                .append(money(d.worse(), c)).append(" for ").append(worseName).append(".\n");
    }

    private static String years(Contract c) {
        int n = c.lastYear() - c.firstYear() + 1;
        return n + (n == 1 ? " year" : " years");
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width);
    }

    /** A value in a table: the number, with % for a percentage (other units are in the heading). */
    static String level(Focus f, int position) {
        String v = Figures.decimal(f.lattice().value(position));
        return unit(f).equals("%") ? v + " %" : v;
    }

    private static String unit(Focus f) {
        return f.measure().unit() == null ? "" : f.measure().unit().strip();
    }

    static String path(Focus f, Trajectory t) {
        List<String> parts = new ArrayList<>();
        for (int y = 0; y < t.years(); y++) {
            parts.add(Figures.decimal(f.lattice().value(t.at(y))));
        }
        String u = unit(f);
        return String.join(" → ", parts) + (u.isEmpty() ? "" : " " + u);
    }

    private static String values(Focus f, List<Integer> positions) {
        List<String> parts = new ArrayList<>();
        positions.stream().map(p -> f.lattice().value(p)).sorted().forEach(v -> parts.add(Figures.decimal(v)));
        return String.join(", ", parts);
    }

    static String money(BigDecimal amount, Contract c) {
        return Figures.decimal(amount.setScale(c.decimals(), RoundingMode.HALF_UP));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Writes a paragraph folded at 100 columns. */
    private static void wrap(StringBuilder out, String indent, String text) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > 100) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
