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
    static final int SCHEMA_VERSION = 4;

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
    /** Opened only to read: every connection is read-only and a write is a bug. */
    private final boolean readOnly;
    /** A SQLite file read where its write-ahead index cannot be made (a read-only folder). */
    private volatile boolean immutable;
    private final Seal seal;
    /** Whether this ledger's key record was checked (or written) by a write of this process. */
    private volatile boolean keyChecked;
    private final List<String> notices = new ArrayList<>();

    private Ledger(LedgerLocation location, String url, boolean readOnly, LedgerKey key) {
        this.location = location;
        this.url = url;
        this.readOnly = readOnly;
        this.seal = new Seal(key);
    }

    /** Opens (and creates or upgrades) the ledger, without a key. */
    public static Ledger open(LedgerLocation location) {
        return open(location, null);
    }

    /** Opens (and creates or upgrades) the ledger; with a key, rows are sealed with it. */
    public static Ledger open(LedgerLocation location, LedgerKey key) {
        Ledger ledger = new Ledger(location, location.jdbcUrl(), false, key);
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
    public static Ledger openEmpty(LedgerLocation location, LedgerKey key) {
        Ledger ledger = new Ledger(location, "jdbc:sqlite:file:utfall-" + UUID.randomUUID()
                + "?mode=memory&cache=shared", false, key);
        ledger.keepAlive = ledger.connect(false);
        ledger.migrate();
        return ledger;
    }

    /**
     * An existing ledger opened to read only (verify-ledger, history, replay, a dry run): it is never
     * created, never written, and works on a file or folder nobody may write. A ledger written by an
     * older Utfall is upgraded first when it can be written, and otherwise refused with a message.
     */
    public static Ledger openExisting(LedgerLocation location, LedgerKey key) {
        return openExisting(location, key, false);
    }

    /**
     * For a dry run: an existing ledger read only, or where there is none yet (no file, or a server
     * database without the ledger's tables) an empty one in memory; nothing is created.
     */
    public static Ledger openToRead(LedgerLocation location, LedgerKey key) {
        return openExisting(location, key, true);
    }

    private static Ledger openExisting(LedgerLocation location, LedgerKey key, boolean emptyWhenNone) {
        if (emptyWhenNone && location.missing()) {
            return openEmpty(location, key);
        }
        if (location.missing()) {
            throw LedgerLocation.bad(location.shown(), "does not exist; give the path of an existing ledger (a settle"
                    + " without --dry-run creates one).");
        }
        Ledger ledger = new Ledger(location, location.jdbcUrl(), true, key);
        int version;
        try {
            version = ledger.schemaVersion();
        } catch (BadInput e) {
            ledger.close();
            throw e;
        }
        if (version == SCHEMA_VERSION) {
            return ledger;
        }
        ledger.close();
        if (version == 0 && emptyWhenNone) {
            return openEmpty(location, key);
        }
        if (version == 0) {
            throw LedgerLocation.bad(location.shown(), "holds no Utfall ledger (none of its tables); give the path or"
                    + " URL of a ledger that settle has written.");
        }
        if (version > SCHEMA_VERSION) {
            throw LedgerLocation.bad(location.shown(), "was written by a newer Utfall (schema " + version + ", this one"
                    + " knows " + SCHEMA_VERSION + "); use that version.");
        }
        try {
            return open(location, key);
        } catch (BadInput e) {
            throw LedgerLocation.bad(location.shown(), "was written by an older Utfall (schema " + version + ") and"
                    + " must be upgraded once by opening it with write access (any settle, sign or verify-ledger"
                    + " where the file and its folder can be written), which this process cannot do: "
                    + e.problems().get(0).message());
        }
    }

    public LedgerLocation location() {
        return location;
    }

    public Dialect dialect() {
        return location.dialect();
    }

    Seal seal() {
        return seal;
    }

    private volatile Checkpoint checkpoint;
    /** The key's state, read once per process for the checks a settle makes per contract. */
    private volatile KeyRecord.State keyState;
    /** Whether the signings sealed before the key came were found as the key record froze them. */
    volatile boolean unkeyedSigningsChecked;

    KeyRecord.State keyState(Connection c) throws SQLException {
        KeyRecord.State state = keyState;
        if (state == null) {
            state = KeyRecord.state(c, seal.key(), location.shown());
            keyState = state;
        }
        return state;
    }


    /**
     * Appends the head of every run this ledger commits to a checkpoint file (none when null). A
     * checkpoint that already records a head the ledger no longer holds is refused first: the last
     * run was deleted or the chain resealed, and settling on top would pay again what it paid.
     */
    public void keepHeadsIn(Checkpoint checkpoint) {
        if (checkpoint != null && java.nio.file.Files.exists(checkpoint.file())) {
            Checkpoint.Entries entries = checkpoint.read();
            if (!entries.heads().isEmpty()) {
                long last = ((java.util.TreeMap<Long, String>) new java.util.TreeMap<>(entries.heads())).lastKey();
                String kept = entries.heads().get(last);
                String is = read(c -> {
                    try (java.sql.PreparedStatement s = c.prepareStatement("SELECT row_hash FROM runs WHERE id = ?")) {
                        s.setLong(1, last);
                        try (ResultSet r = s.executeQuery()) {
                            return r.next() ? r.getString(1) : null;
                        }
                    }
                });
                if (!kept.equals(is)) {
                    throw LedgerLocation.bad(location.shown(), "does not hold the head the checkpoint "
                            + se.utfall.problem.Locations.display(checkpoint.file()) + " recorded last (run " + last
                            + ", seal " + Hashes.shortly(kept) + "…): " + (is == null ? "that run was deleted"
                            : "that run or one before it was altered and the chain resealed") + ". Nothing is settled;"
                            + " run ./utfall verify-ledger --checkpoint FILE, and restore the ledger from a copy you"
                            + " trust.");
                }
            }
        }
        this.checkpoint = checkpoint;
    }

    /** Called once a run is committed: its head goes to the checkpoint, if one is kept. */
    void committed(long runId) {
        Checkpoint cp = checkpoint;
        if (cp != null && runId > 0) {
            synchronized (cp) {
                cp.append(this, runId);
            }
        }
    }

    /** What this ledger has to tell the person running the command (that it was keyed just now). */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    private final java.util.concurrent.atomic.LongAdder writeNanos = new java.util.concurrent.atomic.LongAdder();

    /**
     * One transaction holding the ledger's write lock from its first statement to commit. A keyed
     * ledger is written only with its key; the first write with a key keys an unkeyed ledger.
     */
    public <T> T write(Work<T> work) {
        if (readOnly) {
            throw new IllegalStateException("the ledger was opened to read only");
        }
        writer.lock();
        long start = System.nanoTime();
        try {
            return transaction(c -> {
                if (!keyChecked) {
                    checkKeyToWrite(c);
                }
                return work.run(c);
            }, true);
        } finally {
            writeNanos.add(System.nanoTime() - start);
            writer.unlock();
        }
    }

    /**
     * Time spent inside write transactions so far (holding the write lock, commit included), for the
     * benchmark's ledger share; waiting for the lock is not counted.
     */
    public long writeNanos() {
        return writeNanos.sum();
    }

    private void checkKeyToWrite(Connection c) throws SQLException {
        KeyRecord.State state = KeyRecord.state(c, seal.key(), location.shown());
        if (state.awaitingKey()) {
            KeyRecord k = KeyRecord.record(c, seal.key());
            keyState = null;
            synchronized (this) {
                notices.add("Ledger " + location.shown() + " is now keyed (key id " + Hashes.shortly(k.keyId())
                        + "…): runs from " + k.firstRun() + " on are sealed with the key, and from now on it is"
                        + " written and verified only with the key.");
            }
            // Not marked checked: if this transaction rolls back, so does the key record, and the next
            // write must key the ledger again.
            return;
        }
        if (!state.problems().isEmpty()) {
            throw LedgerLocation.bad(location.shown(), "is not written: its key record was tampered with: "
                    + state.problems().get(0) + " Run ./utfall verify-ledger with the key.");
        }
        keyChecked = true;
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
            if (readOnly) {
                c = connectToRead();
            } else if (dialect() == Dialect.SQLITE) {
                SQLiteConfig config = new SQLiteConfig();
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                // NORMAL in WAL mode: a commit survives a killed process; only a power loss can lose
                // the last commits, never corrupt the file.
                config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
                config.setBusyTimeout(120_000);
                // Nothing reads generated keys (ids are chosen by the ledger); the driver would otherwise
                // prepare and run "SELECT last_insert_rowid()" after every insert.
                config.setGetGeneratedKeys(false);
                config.setTransactionMode(write ? SQLiteConfig.TransactionMode.IMMEDIATE
                        : SQLiteConfig.TransactionMode.DEFERRED);
                c = config.createConnection(url);
            } else {
                c = DriverManager.getConnection(url, new Properties());
                if (!write) {
                    readFromOneSnapshot(c);
                }
            }
            if (url.startsWith("jdbc:sqlite:")) {
                // SQLite compiles a statement on every prepare; a portfolio prepares the same few per contract.
                c = StatementCache.around(c);
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
     * A connection that can only read. SQLite reads a WAL ledger through its index file (-shm); in a
     * folder nobody may write that file cannot be made, and the ledger is opened as immutable, which
     * is only right when no write-ahead log holds changes not yet in the file.
     */
    /**
     * PostgreSQL's default (read committed) gives each statement of a transaction its own snapshot: a
     * check that reads the runs, then the lines, could see a run committed in between by another
     * process as lines that belong to no run, and call the ledger tampered with. A read transaction
     * must see one moment. (Writers need not: they lock the runs table before their first read.)
     */
    private static void readFromOneSnapshot(Connection c) throws SQLException {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    }

    private Connection connectToRead() throws SQLException {
        if (dialect() == Dialect.POSTGRESQL) {
            Connection c = DriverManager.getConnection(url, new Properties());
            c.setReadOnly(true);
            readFromOneSnapshot(c);
            return c;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(120_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        if (!immutable) {
            Connection c = config.createConnection(url);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
                r.next();
                return c;
            } catch (SQLException e) {
                c.close();
                String m = String.valueOf(e.getMessage());
                // CANTOPEN or READONLY_DIRECTORY, by SQLite's version: the -shm file cannot be made.
                if (!m.contains("SQLITE_CANTOPEN") && !m.contains("SQLITE_READONLY")) {
                    throw e;
                }
            }
            java.nio.file.Path wal = location.file().resolveSibling(location.file().getFileName() + "-wal");
            try {
                if (Files.exists(wal) && Files.size(wal) > 0) {
                    throw LedgerLocation.bad(location.shown(), "cannot be read here: its folder cannot be written, so"
                            + " SQLite cannot make the index of the write-ahead log " + wal.getFileName() + ", which"
                            + " holds its latest changes; copy the ledger with its -wal file to a folder you may"
                            + " write, or let its owner open it once.");
                }
            } catch (IOException io) {
                throw LedgerLocation.bad(location.shown(), "cannot be read: " + io.getMessage());
            }
            immutable = true;
        }
        return config.createConnection("jdbc:sqlite:file:" + uriPath(location.file()) + "?immutable=1");
    }

    private static String uriPath(java.nio.file.Path file) {
        StringBuilder out = new StringBuilder();
        for (byte b : file.toAbsolutePath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || "/-._~".indexOf(ch) >= 0) {
                out.append(ch);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The schema version the ledger is at; 0 when it holds no ledger yet. */
    private int schemaVersion() {
        Connection c = borrow(false);
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM ledger_schema_history"
                     + " WHERE success = " + (dialect() == Dialect.SQLITE ? "1" : "TRUE"))) {
            int version = r.next() ? r.getInt(1) : 0;
            giveBack(c, false, true);
            return version;
        } catch (SQLException e) {
            giveBack(c, false, false);
            if ("42P01".equals(e.getSQLState()) || String.valueOf(e.getMessage()).contains("no such table")) {
                return 0;
            }
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
                    // An empty ledger for a dry run lives in SQLite memory whatever the location's dialect.
                    .locations((url.startsWith("jdbc:sqlite:") ? Dialect.SQLITE : dialect()).migrations())
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
        return schemaVersion() == SCHEMA_VERSION;
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
