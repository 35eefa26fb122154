package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every folder under attacks/folders/ is a contract folder someone hostile or careless wrote. Each
 * command a person would run on it (validate, a dry-run settle, analyze) must refuse it the way bad
 * input is refused: exit 2, the file and line its attack.yaml names, no stack trace, and the canary
 * file the attack tries to create never appears. .ci/attacks runs the same folders through the real
 * launcher under a hard timeout.
 */
class AttackFoldersTest {
    static final Path FOLDERS = Path.of("src/test/resources/attacks/folders");
    static final Path CANARY = Path.of("/tmp/utfall-attack-canary");
    static final List<String> ALL_COMMANDS = List.of("validate", "settle", "analyze");

    record Attack(Path folder, String what, String file, int line, String message, String library,
                  List<String> commands) {
        @Override
        public String toString() {
            return folder.getFileName().toString();
        }
    }

    static Stream<Arguments> runs() throws IOException {
        List<Arguments> runs = new ArrayList<>();
        if (!Files.isDirectory(FOLDERS)) {
            return Stream.empty();
        }
        try (Stream<Path> folders = Files.list(FOLDERS)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Attack attack = read(folder);
                for (String command : attack.commands()) {
                    runs.add(Arguments.of(attack, command));
                }
            }
        }
        return runs.stream();
    }

    @SuppressWarnings("unchecked")
    static Attack read(Path folder) throws IOException {
        Path file = folder.resolve("attack.yaml");
        assertTrue(Files.isRegularFile(file), folder + " has no attack.yaml saying what it attacks and what"
                + " the refusal must name");
        Map<String, Object> yaml = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, Object> expect = (Map<String, Object>) yaml.get("expect");
        assertTrue(yaml.get("what") instanceof String, file + ": 'what' says what the attack did before");
        assertTrue(expect != null && expect.get("file") != null && expect.get("line") instanceof Integer
                && expect.get("message") != null, file + ": expect needs file, line and message");
        List<String> commands = (List<String>) yaml.getOrDefault("commands", ALL_COMMANDS);
        assertTrue(ALL_COMMANDS.containsAll(commands), file + ": commands are among " + ALL_COMMANDS);
        return new Attack(folder, (String) yaml.get("what"), expect.get("file").toString(),
                (Integer) expect.get("line"), expect.get("message").toString(), (String) yaml.get("library"),
                commands);
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("runs")
    void isRefusedWithItsFileAndLineAndRunsNothing(Attack attack, String command, @TempDir Path temp)
            throws IOException {
        Files.deleteIfExists(CANARY);
        // A runaway rule is stopped at the budget; a short one keeps the suite quick.
        List<String> args = new ArrayList<>(List.of(command, attack.folder().toString(), "--time-budget", "2"));
        if (command.equals("settle")) {
            args.addAll(List.of("--dry-run", "--ledger", temp.resolve("ledger.db").toString()));
        }
        if (attack.library() != null) {
            args.addAll(List.of("--library", attack.folder().resolve(attack.library()).toString()));
        }
        Cli result = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> Cli.run(args.toArray(String[]::new)), attack + ": " + command + " did not return");
        String where = attack.folder().resolve(attack.file()).toString().replace('\\', '/') + ":" + attack.line() + ":";
        String shown = "exit " + result.exitCode() + "\nstdout:\n" + result.out() + "\nstderr:\n" + result.err();
        assertFalse(Files.exists(CANARY), attack + ": the attack ran code (" + CANARY + " exists)\n" + shown);
        assertFalse(result.err().contains("\tat ") || result.err().contains("Exception in thread"),
                attack + ": a stack trace reached the user\n" + shown);
        assertEquals(2, result.exitCode(), attack + ": bad input is exit 2\n" + shown);
        assertTrue(result.err().lines().anyMatch(l -> l.contains(where) && l.contains(attack.message())),
                attack + ": expected a message at " + where + " containing '" + attack.message() + "'\n" + shown);
        assertFalse(Files.exists(temp.resolve("ledger.db")), attack + ": a dry run wrote a ledger");
    }
}
