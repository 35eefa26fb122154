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
            Settlement s = settlement.prepared.settle(settlement.rows, settlement.asOf);
            spec.commandLine().getOut().print(ExplainReport.render(s, lib, clauses(s), onlyYear ? s.asOfYear() : null));
            return ExitCodes.OK;
        }
        StringBuilder out = new StringBuilder();
        boolean headings = signed.parts().size() > 1;
        for (SignedDecisions.Part part : signed.parts()) {
            if (onlyYear && (settlement.asOf < part.firstYear() || settlement.asOf > part.lastYear())) {
                continue;
            }
            Signature sig = part.signature();
            String years = part.firstYear() == part.lastYear() ? String.valueOf(part.firstYear())
                    : part.firstYear() + "–" + part.lastYear();
            String terms = (sig.kind().equals(Signature.SIGNED) ? "the terms signed " : "amendment " + (sig.seq() - 1)
                    + ", recorded ") + sig.recordedAt() + " (" + SafeText.line(sig.reason()) + ")";
            if (headings) {
                out.append("=== ").append(years).append(": decided under ").append(terms).append(" ===\n\n");
            } else {
                out.append("Terms in force ").append(years).append(": ").append(terms).append(", as the ledger"
                        + " holds them.\n\n");
            }
            Settlement s = part.settlement();
            out.append(ExplainReport.render(s, part.library(), clauses(s), onlyYear ? settlement.asOf : null,
                    part.firstYear()));
            if (headings) {
                out.append('\n');
            }
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
