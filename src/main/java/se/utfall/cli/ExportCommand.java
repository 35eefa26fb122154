package se.utfall.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.contract.Contract;
import se.utfall.ledger.FinanceExport;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.Portfolio;
import se.utfall.problem.BadInput;
import se.utfall.report.FinanceFormats;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YRead;
import se.utfall.yaml.YamlReader;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports what is due per payee and year, as the ledger records it, for finance: CSV for"
                + " Swedish Excel (default) or JSON.")
final class ExportCommand implements Callable<Integer> {
    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Parameters(index = "0", arity = "1..*", paramLabel = "CONTRACT",
            description = "Contract folders, or a folder of contract folders (searched below).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (UTF-8 with BOM, ';', decimal comma, CRLF: opens in Swedish Excel; default) or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Path p : paths) {
            List<Path> folders = Files.isRegularFile(p.resolve(Contract.FILE)) ? List.of(p) : Portfolio.discover(p);
            for (Path folder : folders) {
                // Only the id comes from today's file; everything exported is what the ledger recorded.
                YMap root = YRead.map(YamlReader.read(folder.resolve(Contract.FILE)), "a contract");
                ids.add(YRead.text(root, "id", "the contract"));
            }
        }
        List<FinanceExport.Row> rows;
        try (Ledger l = ledger.openExisting()) {
            rows = FinanceExport.rows(l, ids);
        }
        String text = format == Format.json ? FinanceFormats.json(rows) : FinanceFormats.csv(rows);
        if (output == null) {
            spec.commandLine().getOut().print(text);
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw BadInput.of(output, 0, "cannot be written: " + e.getMessage());
            }
            spec.commandLine().getErr().println("utfall: " + rows.size() + " rows written to " + output + ".");
        }
        return ExitCodes.OK;
    }
}
