package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;

/**
 * The attack files are real attacks: without the checker, Drools' classic build (the one
 * RuleCompiler uses) compiles each of them without an error, so the harmful code would be part of
 * the rule set. A file Drools refused by itself would prove nothing about the checker.
 */
class AttackFilesCompileTest {

    static java.util.stream.Stream<Path> attacks() throws IOException {
        return AttackFilesTest.attacks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void compilesWithoutTheChecker(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(List.of(), buildErrors(file.getFileName().toString(), text));
    }

    /**
     * Why the check must come before the build, not beside it: Drools evaluates a rule's metadata
     * as MVEL while it compiles, so an unchecked file runs code before any rule fires.
     */
    @Test
    void compilingAloneRunsTheCodeInARulesMetadata() throws IOException {
        System.clearProperty("utfall.attack");
        try {
            buildErrors("metadata.drl", Files.readString(AttackFilesTest.ATTACKS.resolve("metadata-annotation.drl")));
            assertEquals("metadata", System.getProperty("utfall.attack"));
        } finally {
            System.clearProperty("utfall.attack");
        }
    }

    /** The classic build as RuleCompiler runs it, minus the checker. */
    static List<String> buildErrors(String name, String drl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem fs = ks.newKieFileSystem();
        fs.write(ks.getResources().newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setResourceType(ResourceType.DRL).setSourcePath("src/main/resources/attacks/" + name));
        ReleaseId id = ks.newReleaseId("se.utfall.attacks", name.replaceAll("\\W", "-"), "1.0.0");
        fs.generateAndWritePomXML(id);
        KieBuilder builder = ks.newKieBuilder(fs).buildAll();
        ks.getRepository().removeKieModule(id);
        return builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> m.getLine() + ": " + m.getText().replaceAll("\\s+", " ")).toList();
    }
}
