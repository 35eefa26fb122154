package se.utfall.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.utfall.cli.Main;
import se.utfall.testing.Folders;

/**
 * The manuals cannot drift from the program: every {@code ```console} block of README.md and docs/*.md whose
 * first line is {@code $ ./utfall ...} is run in-process, and what each command prints must be the text below it.
 *
 * <p>How a block is run (also in docs/engineering.md, "The documentation test"):
 * <ul>
 * <li>The blocks of one file run in order against one fresh copy of contracts/ and one fresh ledger, so a
 * guide can settle, then settle again, then verify. Paths in arguments that start with {@code contracts/} are
 * the copy's; other paths (docs/examples/, rules/) are the repository's, read only.</li>
 * <li>A command line is {@code $ ./utfall ARGS} with shell-like words: quotes, a trailing {@code # comment},
 * a {@code *} in the last part of a path (sorted). No pipes, redirections or variables.</li>
 * <li>Output is standard error, then standard output, then {@code [exit N]} when the exit code is not 0.
 * Trailing spaces and blank lines at the end are ignored; the copy's folder is removed from paths and the
 * fresh ledger is shown as {@code ledger/utfall.db}, the default a reader's run uses.</li>
 * <li>A line that is exactly {@code ...} stands for any number of lines (doctest style).</li>
 * </ul>
 *
 * <p>{@code mvn test -Dtest=GuideExamplesTest -Dutfall.docs.update=true} rewrites the recorded outputs in
 * place (keeping a block's head and tail around its {@code ...}); without that property it only compares.
 */
class GuideExamplesTest {
    static final String UPDATE = "utfall.docs.update";
    private static final String PROMPT = "$ ./utfall ";
    private static final List<String> LEDGER_COMMANDS =
            List.of("settle", "settle-all", "sign", "amend", "history", "replay", "verify-ledger");

    @TestFactory
    Stream<DynamicTest> everyConsoleExampleInTheGuidesPrintsWhatItShows() throws IOException {
        List<Path> files = guides();
        assertFalse(files.isEmpty(), "no README.md or docs/*.md found from " + Path.of("").toAbsolutePath());
        boolean update = Boolean.getBoolean(UPDATE);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f, update)));
    }

    static List<Path> guides() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(Path.of("README.md"))) {
            files.add(Path.of("README.md"));
        }
        if (Files.isDirectory(Path.of("docs"))) {
            try (Stream<Path> s = Files.list(Path.of("docs"))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static void check(Path file, boolean update) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        List<ConsoleBlock> blocks = ConsoleBlock.in(lines);
        if (blocks.isEmpty()) {
            return;
        }
        Path work = Files.createTempDirectory("utfall-docs-");
        try {
            Folders.copy(Path.of("contracts"), work.resolve("contracts"));
            Path ledger = work.resolve("ledger").resolve("utfall.db");
            Files.createDirectories(ledger.getParent());
            Session session = new Session(work, ledger);
            List<String> failures = new ArrayList<>();
            // Replace from the end so earlier blocks' line numbers stay right while rewriting.
            List<Replacement> replacements = new ArrayList<>();
            for (ConsoleBlock block : blocks) {
                List<String> rewritten = new ArrayList<>();
                for (ConsoleBlock.Command c : block.commands()) {
                    List<String> out = session.run(c.words());
                    if (!Elision.matches(c.expected(), out)) {
                        failures.add(file + ":" + c.lineNumber() + ": the output of `" + c.line().substring(2)
                                + "` is not what the guide shows.\n--- the guide shows\n" + String.join("\n", c.expected())
                                + "\n--- the program printed\n" + String.join("\n", out));
                    }
                    rewritten.add(c.line());
                    rewritten.addAll(Elision.matches(c.expected(), out) ? c.expected() : Elision.keepShape(c.expected(), out));
                }
                replacements.add(new Replacement(block.firstLine(), block.lastLine(),
                        rewritten.stream().map(l -> l.isEmpty() ? l : block.indent() + l).toList()));
            }
            if (update) {
                for (int i = replacements.size() - 1; i >= 0; i--) {
                    Replacement r = replacements.get(i);
                    List<String> region = lines.subList(r.first(), r.last() + 1);
                    region.clear();
                    region.addAll(r.text());
                }
                Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
                return;
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " example(s) in " + file + " no longer print what the guide shows; if the"
                        + " new output is right, regenerate with mvn test -Dtest=GuideExamplesTest -D" + UPDATE
                        + "=true and read the diff.\n\n" + String.join("\n\n", failures));
            }
        } finally {
            deleteTree(work);
        }
    }

    private record Replacement(int first, int last, List<String> text) {
    }

    /** One file's run: its copy of contracts/ and its ledger. */
    private record Session(Path work, Path ledger) {
        List<String> run(List<String> words) {
            if (words.isEmpty()) {
                return List.of(); // a '$ # comment' line
            }
            List<String> args = new ArrayList<>();
            for (String w : words) {
                if (w.startsWith("contracts/") || w.equals("contracts")) {
                    String local = work.resolve(w).toString();
                    args.addAll(w.contains("*") ? Glob.expand(local) : List.of(local));
                } else {
                    args.addAll(w.contains("*") ? Glob.expand(w) : List.of(w));
                }
            }
            if (!args.isEmpty() && LEDGER_COMMANDS.contains(args.get(0))
                    && args.stream().noneMatch(a -> a.equals("--ledger") || a.startsWith("--ledger="))
                    && args.stream().noneMatch(a -> a.equals("--help") || a.equals("-h"))) {
                args.add(1, "--ledger");
                args.add(2, ledger.toString());
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
            List<String> shown = new ArrayList<>();
            shown.addAll(lines(normalise(err.toString())));
            shown.addAll(lines(normalise(out.toString())));
            while (!shown.isEmpty() && shown.get(shown.size() - 1).isEmpty()) {
                shown.remove(shown.size() - 1);
            }
            if (code != 0) {
                shown.add("[exit " + code + "]");
            }
            return shown;
        }

        private String normalise(String text) {
            String shown = text.replace(ledger.toString(), "ledger/utfall.db");
            String relativeLedger = relative(ledger);
            if (relativeLedger != null) {
                shown = shown.replace(relativeLedger, "ledger/utfall.db");
            }
            shown = shown.replace(work.toString() + "/", "");
            String relativeWork = relative(work);
            if (relativeWork != null) {
                shown = shown.replace(relativeWork + "/", "");
            }
            return shown;
        }

        private static String relative(Path p) {
            Path cwd = Path.of("").toAbsolutePath().normalize();
            Path abs = p.toAbsolutePath().normalize();
            return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : null;
        }
    }

    static List<String> lines(String text) {
        List<String> result = new ArrayList<>();
        if (text.isEmpty()) {
            return result;
        }
        for (String line : text.split("\r?\n", -1)) {
            result.add(line.stripTrailing());
        }
        if (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
