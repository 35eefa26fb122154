package se.utfall.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Row seals encode their fields unambiguously; the first ledgers' separator byte did not. */
class HashesTest {
    @Test
    void twoDifferentPaymentsThatSealedAlikeWithTheSeparatorByteSealDifferentlyNow() {
        // A clause name that ends in the separator byte and a subject that ends in it: the boundary
        // between the fields moves, the bytes stay the same. The row now says the payment belongs to
        // clause "§6.1" and subject "kohort\u001f" instead of clause "§6.1\u001fkohort".
        String before = Resealer.versionOnePayment(1, 1, "c", 2026, "§6.1\u001fkohort", "", "kommunen", "fonden",
                "PAYMENT", "68000", "r");
        String moved = Resealer.versionOnePayment(1, 1, "c", 2026, "§6.1", "kohort\u001f", "kommunen", "fonden",
                "PAYMENT", "68000", "r");
        assertEquals(before, moved, "the attack: the old encoding cannot tell the two rows apart");
        assertNotEquals(Resealer.framedPayment(1, 1, "c", 2026, "§6.1\u001fkohort", "", "kommunen", "fonden",
                "PAYMENT", "68000", "r"), Resealer.framedPayment(1, 1, "c", 2026, "§6.1", "kohort\u001f", "kommunen",
                "fonden", "PAYMENT", "68000", "r"));
    }

    @Test
    void framingPutsEachFieldsLengthBeforeItsBytes() {
        assertEquals("0000000161000000026263", java.util.HexFormat.of().formatHex(Hashes.framed("a", "bc")));
        assertNotEquals(Hashes.of(Hashes.framed("ab", "c")), Hashes.of(Hashes.framed("a", "bc")));
        assertNotEquals(Hashes.of(Hashes.framed("a", "")), Hashes.of(Hashes.framed("a")));
    }

    @Test
    void theFramedSealIsStillTheShaOfTheFramedBytesSoLedgersWrittenBeforeVerify() {
        // Pinned from sha256sum over the bytes 00000004 "line" 00000001 "7" 00000000 00000005 "öre.":
        // the digest is now fed field by field, and must see exactly the bytes it saw before.
        assertEquals("6c42566cc116cbcae2d64057cf3fa16e6061379ddafb7c04697ca35e203c0355",
                new Seal(null).of(Seal.FRAMED, "line", 7, "", "öre."));
        Object[] fields = {"payment", 12L, 3, "c-1", 2031, "§6.1", "", "kommunen", "fonden", "PAYMENT", "68000.00",
                "Avräkning av 2031 enligt §6.1."};
        assertEquals(Hashes.of(Hashes.framed(fields)), new Seal(null).of(Seal.FRAMED, fields));
    }

    @Test
    void aKeyedSealNeedsTheKeyAndAnotherKeyGivesAnotherSeal() {
        Seal one = new Seal(LedgerKey.of("first key, 16+ bytes long".getBytes(), "t"));
        Seal two = new Seal(LedgerKey.of("second key, 16+ bytes long".getBytes(), "t"));
        assertNotEquals(one.of(Seal.KEYED, "x", 1), two.of(Seal.KEYED, "x", 1));
        assertNotEquals(one.of(Seal.KEYED, "x", 1), new Seal(null).of(Seal.FRAMED, "x", 1));
        assertEquals(one.of(Seal.KEYED, "x", 1), one.of(Seal.KEYED, "x", 1));
    }
}
