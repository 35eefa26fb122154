package se.utfall.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.decision.Settlement;
import se.utfall.report.JsonReport;
import se.utfall.report.TextReport;

@Command(name = "settle", mixinStandardHelpOptions = true,
        description = "Settles a contract up to a year: every year's decision lines with reason and working.")
final class SettleCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    SettlementOptions settlement;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a statement for people, default) or json (for machines).")
    Format format;

    @Override
    public Integer call() {
        Settlement s = settlement.settle(library.load(), spec);
        spec.commandLine().getOut().print(format == Format.json ? JsonReport.render(s) : TextReport.render(s));
        return ExitCodes.OK;
    }
}
