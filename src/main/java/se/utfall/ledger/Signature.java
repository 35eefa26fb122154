package se.utfall.ledger;

/**
 * A signing (the first, seq 1) or an amendment of a contract: the pinned sources and the first
 * year they govern. {@code scheme} is how its row is sealed (see {@link Seal}).
 */
public record Signature(String contractId, int seq, String kind, int effectiveYear, String reason,
                        String recordedAt, SourceManifest manifest, String rowHash, int scheme) {
    public static final String SIGNED = "SIGNED";
    public static final String AMENDED = "AMENDED";

    String expectedHash(Seal seal) {
        return RowHashes.signature(seal, scheme, contractId, seq, kind, effectiveYear, reason, recordedAt,
                manifest.hash());
    }
}
