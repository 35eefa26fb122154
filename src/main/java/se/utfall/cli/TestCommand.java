package se.utfall.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.problem.BadInput;
import se.utfall.text.SafeText;
import se.utfall.scenario.ScenarioResult;
import se.utfall.scenario.ScenarioRunner;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the scenario files (tests/*.yaml) under the given folders.")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or scenario files, e.g. contracts/ rules/.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioRunner runner = new ScenarioRunner(library.load());
        int passed = 0;
        int failed = 0;
        boolean badInput = false;
        List<Path> files = ScenarioRunner.discover(paths);
        if (files.isEmpty()) {
            throw BadInput.of(paths.get(0), 0, "holds no scenario files: scenarios are *.yaml files in a tests/ folder"
                    + " (e.g. contracts/<contract>/tests/ or rules/<family>/tests/); name such folders. Nothing was"
                    + " tested.");
        }
        // A contract that does not load fails every scenario of it the same way: its message is said once.
        java.util.Set<String> said = new java.util.HashSet<>();
        List<Object> scenarios = new java.util.ArrayList<>();
        for (Path file : files) {
            for (ScenarioResult r : runner.runFile(file)) {
                scenarios.add(java.util.Map.of("scenario", r.title(), "passed", r.passed(), "failures", r.failures()));
                if (output.json()) {
                    if (r.passed()) {
                        passed++;
                    } else {
                        failed++;
                        badInput |= r.badInput();
                    }
                } else if (r.passed()) {
                    passed++;
                    out.println("ok    " + SafeText.line(r.title()));
                } else {
                    failed++;
                    badInput |= r.badInput();
                    out.println("FAIL  " + SafeText.line(r.title()));
                    for (String f : r.failures()) {
                        out.println("        " + (r.badInput() && !said.add(f) ? "(the same problem as above)"
                                : SafeText.block(f).replace("\n", "\n        ")));
                    }
                }
            }
        }
        if (output.json()) {
            JsonOption.print(out, java.util.Map.of("command", "test", "passed", passed, "failed", failed,
                    "scenarios", scenarios));
            return badInput ? ExitCodes.BAD_INPUT : failed > 0 ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        }
        out.println();
        out.println(passed + " passed, " + failed + " failed");
        return badInput ? ExitCodes.BAD_INPUT : failed > 0 ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
