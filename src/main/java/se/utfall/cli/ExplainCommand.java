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
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.Suggestions;
import se.utfall.report.ExplainReport;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains a settlement clause by clause: contract text, parameters, each line's reason and"
                + " working, and the rules that fired on which facts.")
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
        Settlement s = settlement.settle(lib, spec);
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
        if (output.json()) {
            JsonOption.print(spec.commandLine().getOut(), json(s, clauses, onlyYear ? s.asOfYear() : null));
            return ExitCodes.OK;
        }
        spec.commandLine().getOut().print(ExplainReport.render(s, lib, clauses, onlyYear ? s.asOfYear() : null));
        return ExitCodes.OK;
    }
}
