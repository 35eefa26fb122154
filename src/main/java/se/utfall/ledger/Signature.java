package se.utfall.ledger;

/**
 * A signing (the first, seq 1) or an amendment of a contract: the pinned sources and the first
 * year they govern.
 */
public record Signature(String contractId, int seq, String kind, int effectiveYear, String reason,
                        String recordedAt, SourceManifest manifest, String rowHash) {
    public static final String SIGNED = "SIGNED";
    public static final String AMENDED = "AMENDED";

    static String hash(String contractId, int seq, String kind, int effectiveYear, String reason, String recordedAt,
                       String manifestHash) {
        return Hashes.ofFields("signature", contractId, seq, kind, effectiveYear, reason, recordedAt, manifestHash);
    }

    String expectedHash() {
        return hash(contractId, seq, kind, effectiveYear, reason, recordedAt, manifest.hash());
    }
}
