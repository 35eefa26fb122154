package se.utfall.rulecheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;

/**
 * What the checker adds to compiling a rule set: every .drl under rules/ and contracts/ is parsed
 * with DrlParser first (RuleCompiler does that anyway to report syntax errors per file), then
 * checked from those parse results, once in the fresh JVM and then 200 times after a warm-up.
 * Run: java -cp "target/classes:target/test-classes:$(cat target/runtime-classpath.txt)"
 * se.utfall.rulecheck.RuleCheckBenchmark
 */
public final class RuleCheckBenchmark {
    public static void main(String[] args) throws Exception {
        List<RuleFile> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("rules")), Files.walk(Path.of("contracts")))) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted()
                    .map(p -> new RuleFile(p.toString(), read(p), true)).toList();
        }
        long parseStart = System.nanoTime();
        List<PackageDescr> parsed = parse(files);
        System.out.printf("DrlParser, first run (not the checker's cost): %.1f ms for %d files%n",
                (System.nanoTime() - parseStart) / 1e6, files.size());
        long cold = System.nanoTime();
        RuleChecker.problems(files, parsed);
        System.out.printf("check, first run (cold JVM): %.1f ms for %d files%n", (System.nanoTime() - cold) / 1e6,
                files.size());
        for (int i = 0; i < 50; i++) {
            RuleChecker.problems(files, parse(files));
        }
        int rounds = 200;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            RuleChecker.problems(files, parsed);
        }
        double perFile = (System.nanoTime() - start) / 1e6 / rounds / files.size();
        System.out.printf("check, warm: %.2f ms per file (%d files, %d rounds)%n", perFile, files.size(), rounds);
    }

    private static List<PackageDescr> parse(List<RuleFile> files) throws Exception {
        List<PackageDescr> parsed = new ArrayList<>();
        for (RuleFile f : files) {
            parsed.add(new DrlParser().parse(false, f.text()));
        }
        return parsed;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
