package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import se.utfall.facts.SettlementYear;
import se.utfall.testing.Folders;

/**
 * Contracts carry no code. The attack folders under src/test/resources/attacks/folders/contract-*
 * hold code a contract folder used to bring along: two .drl files that run a command through
 * java.beans.Expression, and a decision table whose action cell calls Runtime.exec. Each is first
 * shown to run its command when Drools compiles it as Utfall used to (so the defence is not proven
 * against a dud), then shown refused by every command, exit 2, at the file's line 1, with nothing run.
 */
class ContractCodeAttackTest {
    private static final Path ATTACKS = Path.of("src/test/resources/attacks/folders");
    private static final String CANARY = "/tmp/utfall-attack-canary";

    @TempDir
    Path tmp;

    /** A copy of the attack folder whose command touches a canary in this test's temp folder instead. */
    private Path copy(String attack, Path canary) {
        Path folder = Folders.copy(ATTACKS.resolve(attack), tmp.resolve(attack));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.contains(CANARY)) {
                    Files.writeString(f, text.replace(CANARY, canary.toString()), StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return folder;
    }

    @Test
    void theJavaBeansPairRunsACommandWhenDroolsCompilesIt() throws Exception {
        Path canary = tmp.resolve("canary-drl");
        Path folder = copy("contract-drl-runs-shell", canary);
        fire(List.of(folder.resolve("a.drl"), folder.resolve("b.drl")));
        assertTrue(appears(canary), "the command ran: the attack is real");
    }

    @Test
    void theDecisionTableRunsACommandWhenDroolsCompilesIt() throws Exception {
        Path canary = tmp.resolve("canary-table");
        Path folder = copy("contract-decision-table-code", canary);
        fire(List.of(folder.resolve("prislista.drl.csv")));
        assertTrue(appears(canary), "the command ran: the attack is real");
    }

    @Test
    void utfallRefusesTheJavaBeansPairBeforeAnythingIsCompiled() throws Exception {
        refusedByEveryCommand("contract-drl-runs-shell", "a.drl");
    }

    @Test
    void utfallRefusesTheDecisionTableBeforeAnythingIsCompiled() throws Exception {
        refusedByEveryCommand("contract-decision-table-code", "prislista.drl.csv");
    }

    @Test
    void codeIsRefusedEvenBesideABrokenContractYamlSinceNothingIsParsedFirst() {
        Path canary = tmp.resolve("canary-first");
        Path folder = copy("contract-drl-runs-shell", canary);
        Folders.write(folder.resolve("contract.yaml"), "x: &a [ *a ]\n");
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.errLines()[0].contains("a.drl:1: a contract folder holds data and sentences, not code"), cli.err());
    }

    private void refusedByEveryCommand(String attack, String firstFile) throws Exception {
        Path canary = tmp.resolve("canary-" + attack);
        Path folder = copy(attack, canary);
        for (List<String> command : List.of(List.of("validate"), List.of("settle", "--dry-run", "--ledger",
                tmp.resolve("ledger.db").toString()), List.of("analyze"))) {
            String[] args = Stream.concat(command.stream(), Stream.of(folder.toString())).toArray(String[]::new);
            Cli cli = Cli.run(args);
            assertEquals(2, cli.exitCode(), command + ": " + cli.err());
            assertTrue(cli.errLines()[0].contains(firstFile + ":1: a contract folder holds data and sentences, not"
                    + " code"), command + ": " + cli.err());
            assertTrue(cli.err().contains("rules/"), "says where code belongs: " + cli.err());
            assertFalse(cli.err().contains("\tat ") || cli.err().contains("Exception"), cli.err());
        }
        assertFalse(appears(canary), "nothing ran");
    }

    /** Builds the files with Drools' classic build, as a contract's own files were, and fires a year. */
    private static void fire(List<Path> files) throws Exception {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem fs = ks.newKieFileSystem();
        for (Path f : files) {
            fs.write(ks.getResources().newByteArrayResource(Files.readAllBytes(f))
                    .setSourcePath("src/main/resources/attack/" + f.getFileName()));
        }
        ReleaseId id = ks.newReleaseId("se.utfall.attacks", "contract-code-" + System.nanoTime(), "1.0.0");
        fs.generateAndWritePomXML(id);
        KieBuilder builder = ks.newKieBuilder(fs).buildAll();
        assertEquals(List.of(), builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(Message::getText).toList(), "the attack compiles with plain Drools");
        KieContainer container = ks.newKieContainer(id);
        KieSession session = container.newKieSession();
        try {
            session.insert(new SettlementYear(2026, 2026, 2026));
            session.getAgenda().getAgendaGroup("entitle").setFocus();
            session.fireAllRules();
        } finally {
            session.dispose();
            ks.getRepository().removeKieModule(id);
        }
    }

    /** exec starts a process and returns: wait a little for it to create the file. */
    private static boolean appears(Path canary) throws InterruptedException {
        for (int i = 0; i < 50 && !Files.exists(canary); i++) {
            Thread.sleep(100);
        }
        return Files.exists(canary);
    }
}
