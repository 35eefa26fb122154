package se.utfall.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestSentencesTest {
    private static Sentence condition(String written) {
        return new Sentence(Sentence.Section.CONDITION, written, "", 0);
    }

    private static final List<Sentence> VOCABULARY = List.of(
            condition("{mått} för en enhet i år är minst {gräns}"),
            condition("{mått} för en enhet i år är högst {gräns}"),
            condition("{mått} för enheten i år är verifierat av {part}"),
            condition("För varje år som avräknas enligt {klausul}"));

    @Test
    void aTypoInOneWordFindsTheSentenceItBelongsTo() {
        assertEquals("{mått} för enheten i år är verifierat av {part}",
                ClosestSentences.to("nojdhet för enheten i år är verfierat av RISE", VOCABULARY).get(0));
        assertEquals("För varje år som avräknas enligt {klausul}",
                ClosestSentences.to("För varje år som avräknas enlig §5", VOCABULARY).get(0));
    }

    @Test
    void aVariableTakesSeveralWordsWithoutCost() {
        assertEquals(0.0, ClosestSentences.distance(ClosestSentences.words("Hemtjänst Norr för en enhet i år är minst 90"),
                ClosestSentences.words("{mått} för en enhet i år är minst {gräns}")));
    }

    @Test
    void aVocabularyKeyIsShownAsThePersonWritesIt() {
        assertEquals("För varje år som avräknas enligt {klausul}",
                Sentence.readable("(?m)^\\s*[Ff]ör varje år som avräknas enligt {klausul}(?![^\\n])"));
        assertEquals("{mått} för enheten i år är verifierat av {part}", Sentence.readable(
                "(?m)^\\s*(?:[Oo]m |[Oo]ch )?{mått:[a-z0-9_]+} för enheten i år är (?:verifierat|validerat) av {part}(?![^\\n])"));
    }
}
