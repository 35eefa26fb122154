package se.utfall.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.contract.Contract;
import se.utfall.engine.PreparedContract;
import se.utfall.engine.RuleCompiler;
import se.utfall.engine.RuleSet;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.FamilyLoader;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problem;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks contracts (contract file, rule files, measurements.csv) or clause families, and"
                + " dry-runs the whole period so a misconfigured clause is found before anyone settles.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Contract folders or clause family folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClauseLibrary lib = library.load();
        int failed = 0;
        List<Object> results = new java.util.ArrayList<>();
        for (Path path : expand(paths)) {
            java.util.Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("path", Locations.display(path));
            try {
                String summary = check(path, lib);
                List<String> notes = VersionNotes.forPath(path, lib);
                result.put("ok", true);
                result.put("summary", summary);
                result.put("notes", notes);
                if (!output.json()) {
                    out.println("ok    " + Locations.display(path) + ": " + summary);
                    notes.forEach(out::println);
                }
            } catch (BadInput bad) {
                failed++;
                List<Object> problems = new java.util.ArrayList<>();
                for (Problem p : bad.problems()) {
                    err.println(p.render());
                    problems.add(java.util.Map.of("file", p.file(), "line", p.line(), "message", p.message()));
                }
                result.put("ok", false);
                result.put("problems", problems);
            }
            results.add(result);
        }
        if (output.json()) {
            JsonOption.print(out, java.util.Map.of("command", "validate", "failed", failed, "results", results));
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /**
     * A folder that is neither a contract nor a family but holds contract folders (like
     * contracts/examples-flawed/) stands for them, so `validate contracts/*` covers every contract.
     */
    private static List<Path> expand(List<Path> paths) {
        List<Path> out = new java.util.ArrayList<>();
        for (Path path : paths) {
            List<Path> inside = List.of();
            if (Files.isDirectory(path) && !Files.exists(path.resolve(Contract.FILE))
                    && !Files.exists(path.resolve(FamilyLoader.DEFINITION))) {
                try (var list = Files.list(path)) {
                    inside = list.filter(p -> Files.exists(p.resolve(Contract.FILE))).sorted().toList();
                } catch (java.io.IOException e) {
                    inside = List.of();
                }
            }
            out.addAll(inside.isEmpty() ? List.of(path) : inside);
        }
        return out;
    }

    private static String check(Path path, ClauseLibrary lib) {
        if (Files.exists(path.resolve(FamilyLoader.DEFINITION))) {
            ClauseFamily family = FamilyLoader.load(path);
            List<ClauseFamily> versions = List.copyOf(ClauseLibrary.versionsOf(family).values());
            for (ClauseFamily version : versions) {
                RuleCompiler.compile(RuleSet.forFamily(version));
            }
            String example = "";
            Path exampleContract = path.resolve("example").resolve(Contract.FILE);
            if (Files.exists(exampleContract)) {
                check(exampleContract.getParent(), lib);
                example = ", example contract ok";
            }
            String released = versions.size() == 1 ? "" : " (released earlier: " + String.join(", ", versions
                    .subList(0, versions.size() - 1).stream().map(ClauseFamily::version).toList()) + ")";
            return "clause family " + family.id() + " " + family.version() + released + ", "
                    + family.parameters().size()
                    + " parameters, " + family.ruleFiles().size() + " rule file(s)" + example;
        }
        PreparedContract prepared = PreparedContract.prepare(path, lib);
        Contract c = prepared.contract();
        String measurements = "no measurements.csv";
        List<Measurement> rows = List.of();
        if (Files.exists(c.defaultMeasurements())) {
            rows = prepared.measurements(null);
            measurements = rows.size() + " measurements";
        }
        // A dry run over the whole period: rules that refuse a misconfigured clause speak now.
        prepared.settle(rows, c.lastYear());
        long families = c.clauses().stream().map(cl -> cl.family()).filter(f -> f != null).distinct().count();
        return c.clauses().size() + " clauses, " + families + " clause families, " + c.ruleFiles().size()
                + " sentence file(s)" + (c.dataFiles().isEmpty() ? "" : ", " + c.dataFiles().size() + " table file(s)")
                + ", " + measurements;
    }
}
