package se.utfall.ledger;

/**
 * The hashes that make the ledger tamper-evident. Each decision line and payment row has a hash of
 * its own fields; each run's hash covers its fields, the hashes of all its rows and the hash of the
 * run before it, so changing, adding or deleting any row breaks the chain from there on. A row is
 * sealed with its run's scheme (see {@link Seal}).
 */
final class RowHashes {
    static final String GENESIS = "0".repeat(64);

    private RowHashes() {
    }

    static String line(Seal seal, int scheme, long runId, int seq, int year, String clause, String subject,
                       String payer, String payee, String status, String amount, String reason, String working,
                       String rule, String phase) {
        return seal.of(scheme, "line", runId, seq, year, clause, subject, payer, payee, status, amount, reason, working,
                rule, phase);
    }

    static String payment(Seal seal, int scheme, long runId, int seq, String contractId, int year, String clause,
                          String subject, String payer, String payee, String kind, String amount, String reason) {
        return seal.of(scheme, "payment", runId, seq, contractId, year, clause, subject, payer, payee, kind, amount,
                reason);
    }

    /**
     * A run's seal. Scheme 1 runs were written before runs named the signings they were decided
     * under; from scheme 2 on, {@code signings} (each signing's seq and terms hash) is sealed too,
     * so a deleted or replaced signing no longer matches the runs made under it. A run that records
     * who made it ({@code by}, from ledger schema 3 on) has that sealed too; runs written before have
     * none and keep their seal, and blanking the fields of a newer run breaks its seal.
     */
    static String run(Seal seal, int scheme, String prevHash, long id, String contractId, int asOfYear,
                      String recordedAt, String engine, String contractHash, String manifestHash,
                      String measurementsHash, int measurementRows, String terms, int lineCount, int paymentCount,
                      String signings, RunBy by, String rowHashes) {
        if (by != null) {
            return seal.of(scheme, "run", prevHash, id, contractId, asOfYear, recordedAt, engine, contractHash,
                    manifestHash, measurementsHash, measurementRows, terms, lineCount, paymentCount, signings,
                    by.operator(), by.host(), by.version(), by.command(), rowHashes);
        }
        if (scheme == Seal.SEPARATED) {
            return seal.of(scheme, "run", prevHash, id, contractId, asOfYear, recordedAt, engine, contractHash,
                    manifestHash, measurementsHash, measurementRows, terms, lineCount, paymentCount, rowHashes);
        }
        return seal.of(scheme, "run", prevHash, id, contractId, asOfYear, recordedAt, engine, contractHash,
                manifestHash, measurementsHash, measurementRows, terms, lineCount, paymentCount, signings, rowHashes);
    }

    /** A rerun that found nothing new, bound to the seal of the run it found unchanged. */
    static String check(Seal seal, int scheme, long id, String contractId, int asOfYear, long sameAsRun,
                        String sameAsRunHash, String recordedAt, RunBy by) {
        return seal.of(scheme, "check", id, contractId, asOfYear, sameAsRun, sameAsRunHash, recordedAt,
                by.operator(), by.host(), by.version(), by.command());
    }

    static String signature(Seal seal, int scheme, String contractId, int seq, String kind, int effectiveYear,
                            String reason, String recordedAt, String manifestHash) {
        return seal.of(scheme, "signature", contractId, seq, kind, effectiveYear, reason, recordedAt, manifestHash);
    }
}
