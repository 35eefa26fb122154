package se.utfall.ledger;

import se.utfall.problem.BadInput;

/**
 * How the ledger seals a row: which encoding of its fields, hashed how. Every row carries its
 * scheme, so rows written by older versions verify as they were written while new rows use the
 * newest scheme: framed fields, and with a ledger key an HMAC that nobody without the key can make.
 */
public final class Seal {
    /** Fields joined by the byte 0x1f, SHA-256: the first ledgers. Verified, never written again. */
    static final int SEPARATED = 1;
    /** Each field framed by its length, SHA-256: anyone who can write rows can recompute it. */
    static final int FRAMED = 2;
    /** Framed fields, HMAC-SHA256 with the ledger key kept outside the database. */
    static final int KEYED = 3;

    private final LedgerKey key;

    Seal(LedgerKey key) {
        this.key = key;
    }

    LedgerKey key() {
        return key;
    }

    /** The scheme new rows are written with. */
    int writing() {
        return key == null ? FRAMED : KEYED;
    }

    String of(int scheme, Object... fields) {
        return switch (scheme) {
            case SEPARATED -> Hashes.separated(fields);
            case FRAMED -> Hashes.ofFramed(fields);
            case KEYED -> {
                if (key == null) {
                    // Callers check for a key first; this guards a path that forgot to.
                    throw new BadInput(java.util.List.of(LedgerKey.needed("the ledger")));
                }
                yield key.mac(Hashes.framed(fields));
            }
            default -> "unknown hash scheme " + scheme;
        };
    }

    static String describe(int scheme) {
        return switch (scheme) {
            case SEPARATED -> "SHA-256 of separated fields (scheme 1)";
            case FRAMED -> "SHA-256 of length-framed fields (scheme 2)";
            case KEYED -> "HMAC-SHA256 with the ledger key (scheme 3)";
            default -> "unknown scheme " + scheme;
        };
    }
}
