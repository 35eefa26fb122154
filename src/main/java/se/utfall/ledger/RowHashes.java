package se.utfall.ledger;

/**
 * The hashes that make the ledger tamper-evident. Each decision line and payment row has a hash of
 * its own fields; each run's hash covers its fields, the hashes of all its rows and the hash of the
 * run before it, so changing, adding or deleting any row breaks the chain from there on.
 */
final class RowHashes {
    static final String GENESIS = "0".repeat(64);

    private RowHashes() {
    }

    static String line(long runId, int seq, int year, String clause, String subject, String payer, String payee,
                       String status, String amount, String reason, String working, String rule, String phase) {
        return Hashes.ofFields("line", runId, seq, year, clause, subject, payer, payee, status, amount, reason, working,
                rule, phase);
    }

    static String payment(long runId, int seq, String contractId, int year, String clause, String subject,
                          String payer, String payee, String kind, String amount, String reason) {
        return Hashes.ofFields("payment", runId, seq, contractId, year, clause, subject, payer, payee, kind, amount,
                reason);
    }

    static String run(String prevHash, long id, String contractId, int asOfYear, String recordedAt, String engine,
                      String contractHash, String manifestHash, String measurementsHash, int measurementRows,
                      String terms, int lineCount, int paymentCount, String rowHashes) {
        return Hashes.ofFields("run", prevHash, id, contractId, asOfYear, recordedAt, engine, contractHash,
                manifestHash, measurementsHash, measurementRows, terms, lineCount, paymentCount, rowHashes);
    }
}
