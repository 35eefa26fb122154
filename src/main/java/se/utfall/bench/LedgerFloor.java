package se.utfall.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The floor the ledger is measured against: the rows a benchmark run left in its SQLite ledger,
 * inserted again into a fresh SQLite database with a plain JDBC batch in one transaction. No seals,
 * no checks, no queries: what writing the same rows costs at the least.
 */
public final class LedgerFloor {
    /** What copying took: the rows and the nanoseconds of create, insert and commit. */
    public record Result(long rows, long nanos) {
    }

    private LedgerFloor() {
    }

    public static Result measure(Path ledgerFile, Path scratch) throws SQLException, java.io.IOException {
        List<String> ddl = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        List<List<Object[]>> contents = new ArrayList<>();
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + ledgerFile);
             Statement s = from.createStatement();
             ResultSet r = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE"
                     + " 'sqlite_%' AND name NOT LIKE 'flyway%' ORDER BY name")) {
            while (r.next()) {
                tables.add(r.getString(1));
                ddl.add(r.getString(2));
            }
            for (String t : tables) {
                List<Object[]> rows = new ArrayList<>();
                try (Statement q = from.createStatement(); ResultSet rs = q.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                contents.add(rows);
            }
        }
        Files.deleteIfExists(scratch);
        long rows = 0;
        long start = System.nanoTime();
        try (Connection to = DriverManager.getConnection("jdbc:sqlite:" + scratch)) {
            to.setAutoCommit(false);
            try (Statement s = to.createStatement()) {
                for (String d : ddl) {
                    s.execute(d);
                }
            }
            for (int t = 0; t < tables.size(); t++) {
                List<Object[]> table = contents.get(t);
                if (table.isEmpty()) {
                    continue;
                }
                int n = table.get(0).length;
                String marks = String.join(", ", Collections.nCopies(n, "?"));
                try (PreparedStatement p = to.prepareStatement("INSERT INTO \"" + tables.get(t) + "\" VALUES (" + marks
                        + ")")) {
                    for (Object[] row : table) {
                        for (int i = 0; i < n; i++) {
                            p.setObject(i + 1, row[i]);
                        }
                        p.addBatch();
                        rows++;
                    }
                    p.executeBatch();
                }
            }
            to.commit();
        }
        long nanos = System.nanoTime() - start;
        Files.deleteIfExists(scratch);
        return new Result(rows, nanos);
    }
}
