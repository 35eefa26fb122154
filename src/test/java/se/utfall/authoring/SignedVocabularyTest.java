package se.utfall.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.BadInput;

/** A vocabulary the ledger stored before slots had types is read with the type each slot name meant. */
class SignedVocabularyTest {
    private static final String UNTYPED = """
            # signed before slot types
            [condition][](?m)^\\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för en enhet i år är minst {gräns:[0-9 ,.]+}(?![^\\n])=Measurement( measure == "{mått}", year == $year, $subject : subject, value >= new BigDecimal( "{gräns}" ) )
            [consequence][](?m)^\\s*ingen ersättning enligt {klausul} eftersom {skäl}(?![^\\n])=insert( $t.notAchieved( $year, "", "{skäl}", null ) );
            """;

    @Test
    void anUntypedVocabularyOnDiskIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("old.dsl"), UNTYPED, StandardCharsets.UTF_8);
        BadInput bad = assertThrows(BadInput.class, () -> Vocabulary.load(file));
        assertTrue(bad.problems().stream().anyMatch(p -> p.line() == 3 && p.message().contains("{klausul} has no type")),
                bad.problems().toString());
    }

    @Test
    void theStoredTextGetsTheTypeEachSlotNameMeantAndKeepsItsRuleCode(@TempDir Path dir) throws IOException {
        String typed = SignedVocabulary.typed(UNTYPED);
        assertTrue(typed.contains("{mått:measure} för en enhet i år är minst {gräns:number}"), typed);
        assertTrue(typed.contains("enligt {klausul:clause} eftersom {skäl:text}"), typed);
        assertEquals(UNTYPED.lines().map(l -> l.substring(l.indexOf('=') + 1)).toList(),
                typed.lines().map(l -> l.substring(l.indexOf('=') + 1)).toList(), "the rule code is the signed one");
        Vocabulary vocabulary = Vocabulary.load(Files.writeString(dir.resolve("stored.dsl"), typed));
        assertEquals(2, vocabulary.sentences().size());
    }

    @Test
    void aSlotNameNoUntypedVocabularyUsedStaysUntypedAndIsRefused(@TempDir Path dir) throws IOException {
        String typed = SignedVocabulary.typed("[consequence][]betala {summa} kr=insert( null );\n");
        Path file = Files.writeString(dir.resolve("stored.dsl"), typed);
        BadInput bad = assertThrows(BadInput.class, () -> Vocabulary.load(file));
        assertTrue(bad.problems().get(0).message().contains("{summa} has no type"), bad.problems().toString());
    }
}
