package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import se.utfall.problem.Problem;

/**
 * Attacks that need more than one file (attacks/multi/NAME/): one file's declare changes what a
 * name means in another. Each is compiled and fired with plain Drools (the canary, moved into a
 * temp folder, appears) and refused by the checker at each file's attack line.
 */
class MultiFileAttacksTest {
    static final Path MULTI = AttackFilesTest.ATTACKS.resolve("multi");

    static List<String> attacks() throws IOException {
        try (var list = Files.list(MULTI)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void withoutTheCheckerTheFilesCompileTogetherAndCreateTheCanary(String attack, @TempDir Path dir) throws Exception {
        Path canary = dir.resolve("canary");
        KieBase kieBase = build(files(attack, canary));
        KieSession session = kieBase.newKieSession();
        try {
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        for (int i = 0; i < 100 && !Files.exists(canary); i++) {
            Thread.sleep(50); // touch runs as its own process
        }
        assertTrue(Files.exists(canary), "the attack ran touch");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void theCheckerRefusesEachFileAtItsAttackLine(String attack) throws IOException {
        assertRefusedAtAttackLines(attack);
    }

    static void assertRefusedAtAttackLines(String attack) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        for (Path p : paths(attack)) {
            files.add(new RuleFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8), true));
        }
        List<Problem> problems = RuleChecker.problems(files);
        String all = String.join("\n", problems.stream().map(Problem::render).toList());
        for (RuleFile f : files) {
            List<String> lines = f.text().lines().toList();
            String expected = lines.get(0).replace("// expect:", "").strip();
            if (expected.equals("nothing")) {
                continue; // a harmless file the attack uses
            }
            int line = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("// <- attack")) {
                    line = i + 1;
                }
            }
            int at = line;
            assertTrue(problems.stream().anyMatch(p -> p.file().equals(f.display()) && p.line() == at
                    && p.message().contains(expected)), "expected '" + expected + "' at " + f.display() + ":" + at
                    + ", got:\n" + all);
        }
    }

    static List<Path> paths(String attack) throws IOException {
        try (var list = Files.list(MULTI.resolve(attack))) {
            return list.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }

    private static List<String> files(String attack, Path canary) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : paths(attack)) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8).replace("/tmp/utfall-attack-canary", canary.toString()));
        }
        return texts;
    }

    /** The classic build as RuleCompiler runs it, minus the checker, of several files together. */
    static KieBase build(List<String> texts) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem fs = ks.newKieFileSystem();
        for (int i = 0; i < texts.size(); i++) {
            fs.write(ks.getResources().newByteArrayResource(texts.get(i).getBytes(StandardCharsets.UTF_8))
                    .setResourceType(ResourceType.DRL).setSourcePath("src/main/resources/attacks/s" + i + ".drl"));
        }
        ReleaseId id = ks.newReleaseId("se.utfall.attacks", "multi-" + System.nanoTime(), "1.0.0");
        fs.generateAndWritePomXML(id);
        KieBuilder builder = ks.newKieBuilder(fs).buildAll();
        assertEquals(List.of(), builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(Message::getText).toList());
        KieBase kieBase = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return kieBase;
    }
}
