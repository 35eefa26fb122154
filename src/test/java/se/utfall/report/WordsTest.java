package se.utfall.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.utfall.contract.Language;
import se.utfall.facts.LineStatus;

/**
 * The three tables of words load (a malformed line in report/words/*.tsv fails here, at build time),
 * and one key reads differently in each, as the reports print it.
 */
class WordsTest {
    @Test
    void eachReportHasItsOwnTableInBothLanguages() {
        assertEquals("t.o.m.", Words.of(Language.SV).get("as of"));
        assertEquals("Avräkningsdag", Words.document(Language.SV).get("as of"));
        assertEquals("Settlement date", Words.document(Language.EN).get("as of"));
        assertEquals("Portfolio 2027: providers and units side by side",
                Words.portfolio(Language.EN).format("title", 2027));
        assertEquals("ej uppnått", Words.of(Language.SV).line(LineStatus.NOT_ACHIEVED));
        assertEquals("gross", Words.of(Language.EN).status(LineStatus.PAYABLE));
    }

    @Test
    void aWordLeftEmptyReadsAsItsKeySoTheCallerCanFallBack() {
        assertEquals("check.dominance", Words.document(Language.EN).get("check.dominance"));
        assertEquals("Ett resultat som är lika bra eller bättre varje år betalas aldrig mindre totalt.",
                Words.document(Language.SV).get("check.dominance"));
        assertEquals("no such key", Words.of(Language.EN).get("no such key"));
    }
}
