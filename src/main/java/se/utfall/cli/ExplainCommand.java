package se.utfall.cli;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.contract.Clause;
import se.utfall.decision.Settlement;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.Signature;
import se.utfall.ledger.SignedDecisions;
import se.utfall.library.ClauseLibrary;
import se.utfall.text.SafeText;
import se.utfall.problem.Suggestions;
import se.utfall.report.ExplainReport;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains a settlement clause by clause: contract text, parameters, each line's reason and"
                + " working, and the rules that fired on which facts.",
                "A contract signed in the ledger is explained with the terms in force for each year as the ledger"
                + " holds them (after an amendment, earlier years under the earlier terms), not with today's files;"
                + " one not signed is explained from its files."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Mixin
    SettlementOptions settlement;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--clause", paramLabel = "§", description = "Only this clause, e.g. \"§6.1\".")
    String clause;

    @Option(names = "--only-year", description = "Show only the year given by --year (earlier years are still settled).")
    boolean onlyYear;

    /** Each clause with its terms and every line it decided (of one year, or all), amounts exact. */
    private static java.util.Map<String, Object> json(Settlement s, List<Clause> clauses, Integer year) {
        var c = s.contract();
        List<Object> list = new java.util.ArrayList<>();
        for (Clause clause : clauses) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("clause", clause.id());
            m.put("title", clause.title());
            m.put("text", clause.text());
            m.put("family", clause.family());
            m.put("version", clause.version());
            m.put("payer", clause.payer());
            m.put("payee", clause.payee());
            List<Object> lines = new java.util.ArrayList<>();
            for (var l : s.lines()) {
                if (l.clause().equals(clause.id()) && (year == null || l.year() == year)) {
                    java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
                    line.put("year", l.year());
                    line.put("subject", l.subject());
                    line.put("payer", l.payer());
                    line.put("payee", l.payee());
                    line.put("status", l.status().name());
                    line.put("amount", se.utfall.report.Amounts.plain(l.amount(), c));
                    line.put("reason", l.reason());
                    line.put("working", l.working());
                    line.put("rule", l.rule());
                    line.put("ruleLocation", l.ruleLocation());
                    lines.add(line);
                }
            }
            m.put("lines", lines);
            m.put("total", se.utfall.report.Amounts.plain(year == null ? s.clauseTotal(clause.id())
                    : s.clauseTotal(clause.id(), year), c));
            list.add(m);
        }
        java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("command", "explain");
        root.put("contract", c.id());
        root.put("currency", c.currency());
        root.put("asOfYear", s.asOfYear());
        root.put("clauses", list);
        return root;
    }

    @Override
    public Integer call() {
        ClauseLibrary lib = library.load();
        settlement.prepare(lib, spec);
        SignedDecisions.Result signed;
        try (Ledger l = ledger.openToRead()) {
            signed = SignedDecisions.decide(l, lib, settlement.prepared, settlement.rows, settlement.asOf);
            if (!signed.signed() && !ledger.location().missing()) {
                spec.commandLine().getErr().println("utfall: " + settlement.prepared.contract().id() + " is not signed"
                        + " in ledger " + l.location().shown() + "; explained from its files.");
            } else if (signed.filesDiffer()) {
                spec.commandLine().getErr().println("utfall: the files of " + settlement.prepared.contract().id()
                        + " differ from the terms signed in ledger " + l.location().shown() + "; explained with the"
                        + " signed terms. To preview the changed files: ./utfall amend CONTRACT --effective YEAR"
                        + " --reason TEXT --dry-run.");
            }
        }
        if (!signed.signed()) {
            Settlement s = settlement.prepared.settle(settlement.rows, settlement.asOf, settlement.settledOn());
            if (output.json()) {
                JsonOption.print(spec.commandLine().getOut(), json(s, clauses(s), onlyYear ? s.asOfYear() : null));
                return ExitCodes.OK;
            }
            spec.commandLine().getOut().print(ExplainReport.render(s, lib, clauses(s), onlyYear ? s.asOfYear() : null));
            return ExitCodes.OK;
        }
        StringBuilder out = new StringBuilder();
        List<Object> jsonParts = new java.util.ArrayList<>();
        boolean headings = signed.parts().size() > 1;
        for (SignedDecisions.Part part : signed.parts()) {
            if (onlyYear && (settlement.asOf < part.firstYear() || settlement.asOf > part.lastYear())) {
                continue;
            }
            Signature sig = part.signature();
            String years = part.firstYear() == part.lastYear() ? String.valueOf(part.firstYear())
                    : part.firstYear() + "–" + part.lastYear();
            // The same words in the JSON as before (English, for machines); in the text, the contract's language.
            String terms = (sig.kind().equals(Signature.SIGNED) ? "the terms signed " : "amendment " + (sig.seq() - 1)
                    + ", recorded ") + sig.recordedAt() + " (" + SafeText.line(sig.reason()) + ")";
            se.utfall.report.Words w = se.utfall.report.Words.of(part.settlement().contract());
            String said = sig.kind().equals(Signature.SIGNED)
                    ? w.format("terms signed", sig.recordedAt(), SafeText.line(sig.reason()))
                    : w.format("amendment recorded", sig.seq() - 1, sig.recordedAt(), SafeText.line(sig.reason()));
            if (headings) {
                out.append(w.format("decided under", years, said)).append("\n\n");
            } else {
                out.append(w.format("terms in force", years, said)).append("\n\n");
            }
            Settlement s = part.settlement();
            if (output.json()) {
                java.util.Map<String, Object> m = json(s, clauses(s), onlyYear ? settlement.asOf : null);
                m.put("firstYear", part.firstYear());
                m.put("lastYear", part.lastYear());
                m.put("terms", terms);
                jsonParts.add(m);
                continue;
            }
            out.append(ExplainReport.render(s, part.library(), clauses(s), onlyYear ? settlement.asOf : null,
                    part.firstYear()));
            if (headings) {
                out.append('\n');
            }
        }
        if (output.json()) {
            // One entry per span of years decided under the same signed terms, as the ledger holds them.
            JsonOption.print(spec.commandLine().getOut(), java.util.Map.of("command", "explain",
                    "contract", settlement.prepared.contract().id(), "parts", jsonParts));
            return ExitCodes.OK;
        }
        spec.commandLine().getOut().print(out);
        return ExitCodes.OK;
    }

    private List<Clause> clauses(Settlement s) {
        List<Clause> clauses = s.contract().clauses();
        if (clause != null) {
            clauses = clauses.stream().filter(c -> c.id().equals(clause)).toList();
            if (clauses.isEmpty()) {
                var ids = new TreeSet<String>();
                s.contract().clauses().forEach(c -> ids.add(c.id()));
                throw new CommandLine.ParameterException(spec.commandLine(), "--clause " + clause + " is not a clause of "
                        + s.contract().id() + "." + Suggestions.hint(clause, ids));
            }
        }
        return clauses;
    }
}
