package se.utfall.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import se.utfall.contract.Contract;
import se.utfall.facts.Measurement;
import se.utfall.ledger.UsedFigures;
import se.utfall.measurement.MeasurementReader;
import se.utfall.problem.Locations;
import se.utfall.text.InputFiles;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YRead;
import se.utfall.yaml.YamlReader;

/**
 * Reads the published figures a contract is measured on (saved Kolada answers, answers fetched from
 * Kolada, survey tables), maps them by contract.yaml's {@code import:} blocks and compares them with
 * the measurement file and the figures recorded runs used ({@link Merge}). Nothing is written here
 * unless {@link #write} is called, and then only all of it or nothing.
 */
public final class Import {
    /** What to read: saved Kolada answers, survey tables, whether to fetch from Kolada and from where. */
    public record Request(List<Path> kolada, List<Path> surveys, boolean fetch, String koladaBase, List<Integer> years) {
    }

    /** The outcome: every imported figure's change, the notes on what was left out, and the file's old text. */
    public record Result(Contract contract, Path file, String oldText, List<Merge.Change> changes, List<String> notes) {
        public List<Merge.Change> of(Merge.Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }
    }

    private Import() {
    }

    /** The contract's import mappings, read from its contract.yaml (already checked by the loader). */
    public static Map<String, ImportMapping> mappings(Contract contract) {
        YMap root = YRead.map(YamlReader.read(contract.file()), "a contract");
        return ImportMapping.read(YRead.map(root.get("measures"), "measures"));
    }

    public static Result preview(Contract contract, Path file, Request request, Map<String, UsedFigures.Used> used) {
        Map<String, ImportMapping> mappings = mappings(contract);
        if (mappings.isEmpty()) {
            throw Imported.bad(Locations.display(contract.file()), "no measure says where its figures are published;"
                    + " add 'import:' under a measure (survey: for Socialstyrelsen's tables, kolada: for Kolada's KPIs;"
                    + " see docs/operations.md, Importing published figures).");
        }
        if (request.kolada().isEmpty() && request.surveys().isEmpty() && !request.fetch()) {
            throw Imported.bad("utfall", "name what to import: --kolada FILE.json (a saved Kolada answer),"
                    + " --survey FILE (.xlsx or .csv), or --fetch-kolada.");
        }
        boolean exists = Files.exists(file);
        String oldText = exists ? InputFiles.read(file, InputFiles.MEASUREMENTS_LIMIT, "measurement file", "") : null;
        List<Measurement> rows = exists ? MeasurementReader.parse(file, oldText, contract) : List.of();
        Set<String> known = new TreeSet<>();
        rows.forEach(m -> known.add(m.subject()));
        contract.parties().values().forEach(p -> known.addAll(p.subjects()));
        Imported into = new Imported(contract.language());
        if (!request.kolada().isEmpty() || request.fetch()) {
            if (mappings.values().stream().noneMatch(m -> m.kolada() != null)) {
                throw Imported.bad(Locations.display(contract.file()), "no measure maps a Kolada KPI; add"
                        + " 'import: kolada: {kpi: ..., units: {...}}' under the measure.");
            }
        }
        for (Path k : request.kolada()) {
            String shown = Locations.display(k);
            String text = InputFiles.read(k, KoladaFetch.MAX_PAGE_BYTES, "Kolada answer (JSON)", "; pass --kolada FILE");
            KoladaAnswer.read(shown, k.getFileName().toString(), text, contract, mappings, into);
        }
        if (request.fetch()) {
            List<Integer> years = request.years().isEmpty()
                    ? IntStream.rangeClosed(contract.firstYear(), contract.lastYear()).boxed().toList()
                    : request.years();
            for (int y : years) {
                String problem = Checks.year(contract, y);
                if (problem != null) {
                    throw Imported.bad("utfall", "--year: " + problem);
                }
            }
            KoladaFetch fetch = new KoladaFetch(request.koladaBase());
            fetch.fetch(fetch.addresses(mappings, years), contract, mappings, into);
        }
        for (Path s : request.surveys()) {
            Integer year = request.years().size() == 1 ? request.years().get(0) : null;
            SurveyTable.read(s, year, contract, mappings, known, into);
        }
        into.throwIfAny();
        List<Merge.Change> changes = Merge.of(rows, into.figures(), used);
        return new Result(contract, file, oldText, changes, into.notes());
    }

    /**
     * Writes the new and changed figures, and the corrections when {@code acceptCorrections}; refuses
     * (writing nothing) when there are corrections and they are not accepted.
     */
    public static int write(Result result, boolean acceptCorrections) {
        List<Merge.Change> corrections = result.of(Merge.Kind.CORRECTION);
        if (!corrections.isEmpty() && !acceptCorrections) {
            throw Imported.bad(Locations.display(result.file()), corrections.size() + " imported figure"
                    + (corrections.size() == 1 ? " corrects one" : "s correct figures") + " a recorded run used (shown"
                    + " above as corrections); nothing was written. Check them against the source and pass"
                    + " --accept-corrections to write them; the next settle records them as corrections.");
        }
        Map<String, Measurement> rows = new LinkedHashMap<>();
        for (Merge.Change c : result.changes()) {
            if (c.kind() != Merge.Kind.UNCHANGED) {
                rows.put(UsedFigures.key(c.merged().year(), c.merged().subject(), c.merged().measure()), c.merged());
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        String text = MeasurementsFile.merged(result.oldText(), new ArrayList<>(rows.values()));
        MeasurementsFile.write(result.file(), text, result.contract());
        return rows.size();
    }
}
