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
        spec.commandLine().getOut().print(ExplainReport.render(s, lib, clauses, onlyYear ? s.asOfYear() : null));
        return ExitCodes.OK;
    }
}
