package se.utfall.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads and records signings and amendments, and the source texts they pin. */
final class Signatures {
    private Signatures() {
    }

    /** Every signing and amendment of a contract, oldest first. */
    static List<Signature> of(Connection c, String contractId) throws SQLException {
        Map<Integer, Map<String, SourceFile>> files = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT seq, name, hash FROM signature_files WHERE contract_id = ? ORDER BY seq, name")) {
            s.setString(1, contractId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    files.computeIfAbsent(r.getInt(1), k -> new TreeMap<>())
                            .put(r.getString(2), new SourceFile(r.getString(2), r.getString(3), null));
                }
            }
        }
        List<Signature> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, kind, effective_year, reason, recorded_at, row_hash,"
                + " hash_scheme FROM signatures WHERE contract_id = ? ORDER BY seq")) {
            s.setString(1, contractId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int seq = r.getInt(1);
                    result.add(new Signature(contractId, seq, r.getString(2), r.getInt(3), r.getString(4),
                            r.getString(5), SourceManifest.of(files.getOrDefault(seq, Map.of())), r.getString(6),
                            r.getInt(7)));
                }
            }
        }
        return result;
    }

    /**
     * Each signing as a run names it: its seq and the hash of the files it pinned, "1=<sha256>;2=<sha256>".
     * A run sealed with this list no longer matches when a signing is deleted or its files replaced.
     */
    static String named(List<Signature> signatures) {
        return String.join(";", signatures.stream().map(s -> s.seq() + "=" + s.manifest().hash()).toList());
    }

    /** A folder as the ledger records it: absolute, symbolic links resolved where they can be. */
    static String shown(java.nio.file.Path folder) {
        try {
            return folder.toRealPath().toString();
        } catch (java.io.IOException e) {
            return folder.toAbsolutePath().normalize().toString();
        }
    }

    /**
     * The folder the latest signing or amendment of a contract was made from, or null when none is
     * recorded (signed before ledgers recorded folders, or not signed).
     */
    static String signedFrom(Connection c, String contractId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT folder FROM signatures WHERE contract_id = ?"
                + " ORDER BY seq DESC LIMIT 1")) {
            s.setString(1, contractId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Records a signing or amendment, storing each pinned file's text by its hash. */
    static Signature record(Connection c, Seal seal, String contractId, int seq, String kind, int effectiveYear, String reason,
                            SourceManifest manifest, java.nio.file.Path folder) throws SQLException {
        return record(c, seal, contractId, seq, kind, effectiveYear, reason, manifest, folder, new java.util.HashSet<>());
    }

    /**
     * As above; {@code storedInThisTransaction} holds the hashes whose texts this same transaction has
     * already found or stored (a portfolio signed at once), so a family file shared by every contract
     * is looked up, read and stored once per run. It is filled in here and is valid only while the
     * transaction is: a rollback undoes the rows it vouches for.
     */
    static Signature record(Connection c, Seal seal, String contractId, int seq, String kind, int effectiveYear,
                            String reason, SourceManifest manifest, java.nio.file.Path folder,
                            Set<String> storedInThisTransaction) throws SQLException {
        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        // Texts are stored once by hash: a family's files, shared by a whole portfolio, are read and
        // written by the first signing only.
        List<String> unknown = manifest.files().values().stream().map(SourceFile::hash)
                .filter(h -> !storedInThisTransaction.contains(h)).distinct().toList();
        Set<String> stored = Sources.present(c, unknown);
        storedInThisTransaction.addAll(stored);
        for (SourceFile f : manifest.files().values()) {
            if (storedInThisTransaction.add(f.hash())) {
                byte[] content = SourceManifest.read(f.path());
                if (!Hashes.of(content).equals(f.hash())) {
                    throw se.utfall.problem.BadInput.of(f.path(), 0, "changed while it was being signed; sign again.");
                }
                Sources.store(c, f.hash(), content);
            }
        }
        int scheme = seal.writing();
        String rowHash = RowHashes.signature(seal, scheme, contractId, seq, kind, effectiveYear, reason, at,
                manifest.hash());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO signatures (contract_id, seq, kind, effective_year,"
                + " reason, recorded_at, manifest_hash, row_hash, hash_scheme, folder)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, contractId);
            s.setInt(2, seq);
            s.setString(3, kind);
            s.setInt(4, effectiveYear);
            s.setString(5, reason);
            s.setString(6, at);
            s.setString(7, manifest.hash());
            s.setString(8, rowHash);
            s.setInt(9, scheme);
            s.setString(10, folder == null ? null : shown(folder));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO signature_files (contract_id, seq, name, hash) VALUES (?, ?, ?, ?)")) {
            for (SourceFile f : manifest.files().values()) {
                s.setString(1, contractId);
                s.setInt(2, seq);
                s.setString(3, f.name());
                s.setString(4, f.hash());
                s.addBatch();
            }
            s.executeBatch();
        }
        return new Signature(contractId, seq, kind, effectiveYear, reason, at, manifest, rowHash, scheme);
    }
}
