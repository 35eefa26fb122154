package se.utfall.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import se.utfall.problem.BadInput;

/**
 * An open ledger: a few reused connections, its schema brought up to date by Flyway on opening,
 * and transactions that take the write lock before they read, so concurrent runs take turns.
 */
public final class Ledger implements AutoCloseable {
    /** The newest schema version this Utfall ships (db/ledger/&lt;dialect&gt;/V&lt;n&gt;__*.sql). */
    static final int SCHEMA_VERSION = 1;

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final LedgerLocation location;
    private final String url;
    /** Idle connections: writers begin IMMEDIATE transactions (SQLite), readers DEFERRED ones. */
    private final Deque<Connection> idleWriters = new ArrayDeque<>();
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();
    /** Threads of one process queue here instead of spinning on SQLite's busy handler. */
    private final ReentrantLock writer = new ReentrantLock(true);
    /** Keeps an in-memory ledger alive between connections. */
    private Connection keepAlive;

    private Ledger(LedgerLocation location, String url) {
        this.location = location;
        this.url = url;
    }

    /** Opens (and creates or upgrades) the ledger. */
    public static Ledger open(LedgerLocation location) {
        Ledger ledger = new Ledger(location, location.jdbcUrl());
        if (location.file() != null) {
            try {
                Files.createDirectories(location.file().getParent());
            } catch (IOException e) {
                throw LedgerLocation.bad(location.shown(), "cannot be created: " + e.getMessage());
            }
        }
        ledger.migrate();
        return ledger;
    }

    /**
     * A ledger for reading only where none exists yet (a dry run must not create a file): an empty
     * ledger in memory with the same schema.
     */
    public static Ledger openEmpty(LedgerLocation location) {
        Ledger ledger = new Ledger(location, "jdbc:sqlite:file:utfall-" + UUID.randomUUID() + "?mode=memory&cache=shared");
        ledger.keepAlive = ledger.connect(false);
        ledger.migrate();
        return ledger;
    }

    public LedgerLocation location() {
        return location;
    }

    public Dialect dialect() {
        return location.dialect();
    }

    /** One transaction holding the ledger's write lock from its first statement to commit. */
    public <T> T write(Work<T> work) {
        writer.lock();
        try {
            return transaction(work, true);
        } finally {
            writer.unlock();
        }
    }

    /** One read-only transaction: a consistent view, no lock. */
    public <T> T read(Work<T> work) {
        return transaction(work, false);
    }

    private <T> T transaction(Work<T> work, boolean write) {
        Connection c = borrow(write);
        boolean ok = false;
        try {
            c.setAutoCommit(false);
            if (write) {
                dialect().lockForWrite(c);
            }
            T result = work.run(c);
            c.commit();
            // Back to autocommit: the SQLite driver would otherwise open the next transaction at once
            // and hold its lock while the connection sits idle.
            c.setAutoCommit(true);
            ok = true;
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            if (!ok) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // The connection is discarded below; the database rolls back on its own.
                }
            }
            giveBack(c, write, ok);
        }
    }

    private synchronized Connection borrowIdle(boolean write) {
        return (write ? idleWriters : idleReaders).pollFirst();
    }

    private Connection borrow(boolean write) {
        Connection c = borrowIdle(write);
        return c != null ? c : connect(write);
    }

    private synchronized void giveBack(Connection c, boolean write, boolean healthy) {
        if (healthy) {
            (write ? idleWriters : idleReaders).addFirst(c);
        } else {
            all.remove(c);
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing a broken connection can fail; nothing is lost by that.
            }
        }
    }

    private Connection connect(boolean write) {
        try {
            Connection c;
            if (dialect() == Dialect.SQLITE) {
                SQLiteConfig config = new SQLiteConfig();
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                // NORMAL in WAL mode: a commit survives a killed process; only a power loss can lose
                // the last commits, never corrupt the file.
                config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
                config.setBusyTimeout(120_000);
                config.setTransactionMode(write ? SQLiteConfig.TransactionMode.IMMEDIATE
                        : SQLiteConfig.TransactionMode.DEFERRED);
                c = config.createConnection(url);
            } else {
                c = DriverManager.getConnection(url, new Properties());
            }
            synchronized (this) {
                all.add(c);
            }
            return c;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Brings the schema up to date. Flyway cannot lock a SQLite file against another process
     * migrating it at the same moment, so a failed migration is retried: usually the other process
     * has just finished it.
     */
    private void migrate() {
        synchronized (Ledger.class) {
            for (int attempt = 1; ; attempt++) {
                if (upToDate()) {
                    return;
                }
                try {
                    migrateOnce();
                    return;
                } catch (BadInput e) {
                    if (attempt == 5) {
                        throw e;
                    }
                    try {
                        Thread.sleep(200L * attempt);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }
    }

    private void migrateOnce() {
        try {
            Flyway.configure(Ledger.class.getClassLoader())
                    .dataSource(url, null, null)
                    .locations(dialect().migrations())
                    .table("ledger_schema_history")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            if (e.getCause() instanceof SQLException sql) {
                throw failure(sql);
            }
            throw LedgerLocation.bad(location.shown(), "its schema cannot be brought up to date: "
                    + m.lines().findFirst().orElse(m).strip()
                    + (m.contains("newer") || m.contains("not resolved locally")
                    ? " It was written by a newer Utfall; use that version." : ""));
        }
    }

    /**
     * Flyway takes a few hundred milliseconds to start; a ledger already at the newest version
     * (the usual case for every run after the first) needs none of it.
     */
    private boolean upToDate() {
        Connection c = borrow(false);
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM ledger_schema_history"
                     + " WHERE success = " + (dialect() == Dialect.SQLITE ? "1" : "TRUE"))) {
            boolean current = r.next() && r.getInt(1) == SCHEMA_VERSION;
            giveBack(c, false, true);
            return current;
        } catch (SQLException e) {
            giveBack(c, false, false);
            // A new ledger has no history table yet (SQLite: "no such table"; PostgreSQL: 42P01).
            if ("42P01".equals(e.getSQLState()) || String.valueOf(e.getMessage()).contains("no such table")) {
                return false;
            }
            throw failure(e);
        }
    }

    /** A database error as one message that names the ledger and says what to do. */
    BadInput failure(SQLException e) {
        String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        m = m.endsWith(".") ? m : m + ".";
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return LedgerLocation.bad(location.shown(), "cannot be reached: " + m
                    + " Check host, port and database in the URL, and that the server is running.");
        }
        if (state.equals("3D000")) {
            return LedgerLocation.bad(location.shown(), "names a database that does not exist on the server: " + m
                    + " Create it (createdb NAME) or name another in the URL.");
        }
        if (state.equals("28000") || state.equals("28P01")) {
            return LedgerLocation.bad(location.shown(), "refused the login: " + m + " Check user and password.");
        }
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return LedgerLocation.bad(location.shown(), "is not a SQLite database (or is damaged); choose another"
                    + " --ledger path.");
        }
        if (m.contains("SQLITE_CANTOPEN") || m.contains("SQLITE_READONLY")) {
            return LedgerLocation.bad(location.shown(), "cannot be opened for writing: " + m);
        }
        return LedgerLocation.bad(location.shown(), "failed: " + m);
    }

    @Override
    public synchronized void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing at exit: the data is committed already.
            }
        }
        all.clear();
        idleWriters.clear();
        idleReaders.clear();
        if (keepAlive != null) {
            try {
                keepAlive.close();
            } catch (SQLException ignored) {
                // In-memory ledger: nothing to keep.
            }
        }
    }
}
