package se.utfall.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WrittenNumberProperties {

    /**
     * The short cut for plain figures must read every text exactly as the pattern does: the same
     * number, the same refusal of an ambiguous one, the same null for what is no number.
     */
    @Property(tries = 20_000)
    void everyTextReadsAsThePatternReadsIt(@ForAll("written") String raw, @ForAll WrittenNumber.DecimalSign sure) {
        assertEquals(reading(() -> WrittenNumber.byPattern(raw, sure)), reading(() -> WrittenNumber.plain(raw, sure)),
                "reading '" + raw + "' with " + sure);
    }

    @Provide
    Arbitrary<String> written() {
        return Arbitraries.strings().withChars("0123456789-.,  \u00a0\u2212x").ofMinLength(0).ofMaxLength(9);
    }

    private static String reading(java.util.function.Supplier<String> read) {
        try {
            return "number " + read.get();
        } catch (PlainNumber.Refused e) {
            return "refused " + e.getMessage();
        }
    }
}
