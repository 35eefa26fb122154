package se.utfall.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
