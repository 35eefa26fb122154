package se.utfall.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import se.utfall.contract.Contract;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.measurement.MeasurementReader;
import se.utfall.problem.BadInput;
import se.utfall.text.InputFiles;

/**
 * Where each contract of a portfolio run finds its measurements: its folder's measurements.csv
 * (none given); in a folder given, {@code <contract id>.csv} or {@code <folder name>/measurements.csv};
 * or one file given for all, with a first column {@code contract} naming the contract of each row.
 */
public final class PortfolioMeasurements {
    private final Path given;
    private final String sharedText;

    private PortfolioMeasurements(Path given, String sharedText) {
        this.given = given;
        this.sharedText = sharedText;
    }

    public static PortfolioMeasurements of(Path given) {
        if (given == null || Files.isDirectory(given)) {
            return new PortfolioMeasurements(given, null);
        }
        String text = InputFiles.read(given, InputFiles.MEASUREMENTS_LIMIT, "measurement file",
                "; pass --measurements FILE_OR_DIR");
        // Refused here, before rows are split by contract, so each is named at its own line.
        MeasurementReader.refuseControlCharacters(given, text);
        refuseLineBreaksInFields(given, text);
        String header = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
        if (!header.replace("\uFEFF", "").toLowerCase().startsWith("contract,")) {
            throw BadInput.of(given, 1, "a measurement file for a whole portfolio needs a first column 'contract'"
                    + " naming each row's contract id (or give a folder with one <contract id>.csv per contract).");
        }
        return new PortfolioMeasurements(given, text);
    }

    /**
     * Rows are split by contract line by line, so a quoted field spanning lines would be cut in two
     * (and could smuggle a line into another contract's rows); such a field is refused at its line.
     */
    private static void refuseLineBreaksInFields(Path given, String text) {
        try (var parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').build().parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                for (String field : r) {
                    if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                        int line = (int) text.substring(0, (int) r.getCharacterPosition()).chars()
                                .filter(c -> c == '\n').count() + 1;
                        throw BadInput.of(given, line, "a quoted field holds a line break; each row's fields are one"
                                + " line, so remove it.");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInput bad) {
                throw bad;
            }
            throw BadInput.of(given, 0, "is not valid CSV: " + se.utfall.text.SafeText.line(String.valueOf(e.getMessage()))
                    + "; check the quotes.");
        }
    }

    /** The reader for one contract folder. */
    public Function<PreparedContract, List<Measurement>> forContract(Path folder) {
        return prepared -> {
            Contract contract = prepared.contract();
            if (given == null) {
                return prepared.measurements(null);
            }
            if (sharedText == null) {
                Path byId = given.resolve(contract.id() + ".csv");
                Path byFolder = given.resolve(folder.getFileName().toString()).resolve(Contract.MEASUREMENTS);
                if (Files.exists(byId)) {
                    return prepared.measurements(byId);
                }
                if (Files.exists(byFolder)) {
                    return prepared.measurements(byFolder);
                }
                throw BadInput.of(given, 0, "has no measurements for " + contract.id() + ": expected " + byId
                        + " or " + byFolder + ".");
            }
            return MeasurementReader.parse(given, rowsOf(contract.id()), contract);
        };
    }

    /**
     * The shared file's rows for one contract without the contract column; other contracts' rows
     * become comment lines, so every row keeps its line number in messages.
     */
    private String rowsOf(String contractId) {
        StringBuilder out = new StringBuilder();
        String text = sharedText.startsWith("\uFEFF") ? sharedText.substring(1) : sharedText;
        List<String> lines = text.lines().toList();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                out.append('\n');
                continue;
            }
            try {
                CSVRecord r = CSVFormat.DEFAULT.builder().setTrim(true).build().parse(new StringReader(line))
                        .getRecords().get(0);
                if (!header && !r.get(0).equals(contractId)) {
                    out.append("#\n");
                    continue;
                }
                header = false;
                List<String> rest = new ArrayList<>();
                for (int i = 1; i < r.size(); i++) {
                    rest.add(r.get(i));
                }
                StringBuilder row = new StringBuilder();
                try (CSVPrinter p = new CSVPrinter(row, CSVFormat.DEFAULT.builder().setRecordSeparator("").build())) {
                    p.printRecord(rest);
                }
                out.append(row).append('\n');
            } catch (IOException | RuntimeException e) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
