package se.utfall.rulecheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long the checker takes per rule file: every .drl under rules/ and contracts/, checked 200
 * times after a warm-up. Run: java -cp "target/classes:target/test-classes:$(cat target/runtime-classpath.txt)"
 * se.utfall.rulecheck.RuleCheckBenchmark
 */
public final class RuleCheckBenchmark {
    public static void main(String[] args) throws Exception {
        List<RuleFile> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("rules")), Files.walk(Path.of("contracts")))) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted()
                    .map(p -> new RuleFile(p.toString(), read(p), true)).toList();
        }
        long cold = System.nanoTime();
        RuleChecker.problems(files);
        System.out.printf("first run (cold JVM): %.1f ms for %d files%n", (System.nanoTime() - cold) / 1e6, files.size());
        for (int i = 0; i < 50; i++) {
            RuleChecker.problems(files);
        }
        int rounds = 200;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            RuleChecker.problems(files);
        }
        double perFile = (System.nanoTime() - start) / 1e6 / rounds / files.size();
        System.out.printf("warm: %.2f ms per file (%d files, %d rounds)%n", perFile, files.size(), rounds);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
