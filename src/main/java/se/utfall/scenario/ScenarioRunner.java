package se.utfall.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.utfall.text.SafeText;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Figures;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.measurement.MeasurementReader;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;
import se.utfall.yaml.YList;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;
import se.utfall.yaml.YScalar;

/** Finds scenario files and runs them against the engine, the same way `settle` does. */
public final class ScenarioRunner {
    private final ClauseLibrary library;
    private final Map<Path, PreparedContract> prepared = new HashMap<>();

    public ScenarioRunner(ClauseLibrary library) {
        this.library = library;
    }

    /** Every tests/*.yaml below the given files and folders, sorted. */
    public static List<Path> discover(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
                continue;
            }
            if (!Files.isDirectory(root)) {
                throw BadInput.of(root, 0, "no such file or folder.");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("tests"))
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> !p.getFileName().toString().equals("contract.yaml"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw BadInput.of(root, 0, "cannot be read: " + e.getMessage());
            }
        }
        return files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
    }

    public List<ScenarioResult> runFile(Path file) {
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFile.load(file);
        } catch (BadInput bad) {
            Scenario broken = new Scenario(file, bad.problems().get(0).line(), "(scenario file)", null, null, null,
                    List.of(), null);
            return List.of(new ScenarioResult(broken, bad.problems().stream().map(Problem::render).toList(), true));
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(run(s));
        }
        return results;
    }

    public ScenarioResult run(Scenario scenario) {
        try {
            PreparedContract contract = prepared.computeIfAbsent(scenario.contract(),
                    p -> PreparedContract.prepare(p, library));
            List<Measurement> measurements = measurements(scenario, contract);
            int year = scenario.year() != null ? scenario.year() : contract.latestMeasuredYear(measurements);
            if (year < contract.contract().firstYear() || year > contract.contract().lastYear()) {
                throw BadInput.of(scenario.file(), scenario.line(), "year " + year + " is outside the contract period "
                        + contract.contract().firstYear() + "–" + contract.contract().lastYear() + ".");
            }
            Settlement settlement = contract.settle(measurements, year, scenario.asOf());
            List<String> failures = new ArrayList<>();
            if (scenario.expectedError() != null) {
                failures.add(scenario.expectedError().where() + ": expected settling to be refused with '"
                        + scenario.expectedError().text() + "', but it settled (total "
                        + Figures.decimal(settlement.total()) + ")");
            }
            for (Expectation e : scenario.expectations()) {
                e.check(settlement, failures);
            }
            return new ScenarioResult(scenario, failures, false);
        } catch (BadInput bad) {
            List<String> messages = bad.problems().stream().map(Problem::render).toList();
            Scenario.ExpectedError expected = scenario.expectedError();
            if (expected != null) {
                boolean found = messages.stream().anyMatch(m -> m.contains(expected.text()));
                return new ScenarioResult(scenario, found ? List.of() : List.of(expected.where()
                        + ": expected an error containing '" + expected.text() + "', got: " + String.join(" | ",
                        messages)), false);
            }
            return new ScenarioResult(scenario, messages, true);
        }
    }

    /** Inline rows are written as CSV and read by the same reader as measurement files. */
    private static List<Measurement> measurements(Scenario s, PreparedContract contract) {
        YNode node = s.measurements();
        if (node instanceof YScalar scalar && !scalar.isNull()) {
            Path file = s.file().toAbsolutePath().getParent().resolve(scalar.text()).normalize();
            return MeasurementReader.read(file, contract.contract());
        }
        YList rows = YRead.list(node, "measurements");
        List<String> columns = new ArrayList<>(MeasurementReader.REQUIRED);
        columns.addAll(MeasurementReader.OPTIONAL);
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (YNode rowNode : rows.items()) {
            YMap row = YRead.map(rowNode, "a measurement");
            YRead.onlyKeys(row, columns, "a measurement");
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                String v = row.has(c) ? YRead.text(row.get(c), c) : "";
                int control = SafeText.firstControl(v);
                if (control >= 0) {
                    // Refused here, at the YAML line: a line break would shift the CSV lines mapped back below.
                    throw YRead.fail(row.get(c), c + " holds the control character " + SafeText.name(v.codePointAt(control))
                            + "; a figure's fields are plain text on one line, so remove it.");
                }
                cells.add("\"" + v.replace("\"", "\"\"") + "\"");
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        try {
            return MeasurementReader.parse(s.file(), csv.toString(), contract.contract());
        } catch (BadInput bad) {
            List<Problem> mapped = new ArrayList<>();
            for (Problem p : bad.problems()) {
                int row = p.line() - 2;
                int line = row >= 0 && row < rows.items().size() ? rows.items().get(row).line() : rows.line();
                mapped.add(new Problem(p.file(), line, p.message()));
            }
            throw new BadInput(mapped);
        }
    }
}
