package se.utfall.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Content-addressed texts: a text is stored once, under its SHA-256, however many runs use it. */
final class Sources {
    private Sources() {
    }

    static void store(Connection c, String hash, byte[] content) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO sources (hash, content) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING")) {
            s.setString(1, hash);
            s.setBytes(2, content);
            s.executeUpdate();
        }
    }

    /** Which of the hashes the ledger already holds a text for. */
    static Set<String> present(Connection c, List<String> hashes) throws SQLException {
        Set<String> present = new HashSet<>();
        if (hashes.isEmpty()) {
            return present;
        }
        String marks = String.join(", ", Collections.nCopies(hashes.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT hash FROM sources WHERE hash IN (" + marks + ")")) {
            for (int i = 0; i < hashes.size(); i++) {
                s.setString(i + 1, hashes.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    present.add(r.getString(1));
                }
            }
        }
        return present;
    }

    static byte[] load(Connection c, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT content FROM sources WHERE hash = ?")) {
            s.setString(1, hash);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("the ledger lacks the stored text with sha256 " + hash
                            + "; it has been deleted behind Utfall's back (run verify-ledger).");
                }
                return r.getBytes(1);
            }
        }
    }
}
