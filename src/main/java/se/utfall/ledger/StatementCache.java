package se.utfall.ledger;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SQLite connection that keeps its prepared statements: {@code prepareStatement(sql)} hands back the
 * statement it prepared for the same text before, and its {@code close()} only returns it to the
 * connection. Compiling a statement costs SQLite more than running it on a small table, and a
 * portfolio run prepares the same dozen statements for every contract (the checks of a settle, a
 * signing, a run's rows); each is now compiled once per connection.
 *
 * <p>Nothing about what is read or written changes: the statement is the same SQL, its parameters are
 * all set again by each use, and SQLite resets it when its result set is closed or its update runs. A
 * statement still in use (the same SQL prepared again before the first is closed) is prepared afresh
 * and really closed; a connection closed (or discarded after a failure) closes every statement it kept.
 */
final class StatementCache implements InvocationHandler {
    /** More distinct statements than a ledger's code has; beyond it the least recently used is closed. */
    private static final int KEPT = 128;

    private final Connection real;
    private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);

    private static final class Kept {
        final PreparedStatement real;
        final PreparedStatement handed;
        boolean inUse;

        Kept(PreparedStatement real, PreparedStatement handed) {
            this.real = real;
            this.handed = handed;
        }
    }

    private StatementCache(Connection real) {
        this.real = real;
    }

    static Connection around(Connection real) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new StatementCache(real));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") && args != null && args.length == 1 && args[0] instanceof String sql) {
            return prepare(sql);
        }
        if (name.equals("close") && (args == null || args.length == 0)) {
            closeKept();
        } else if (name.equals("unwrap") && args != null && args.length == 1 && args[0] instanceof Class<?> type
                && type.isInstance(real)) {
            return real;
        } else if (name.equals("equals") && args != null && args.length == 1) {
            return proxy == args[0];
        } else if (name.equals("hashCode") && (args == null || args.length == 0)) {
            return System.identityHashCode(proxy);
        } else if (name.equals("toString") && (args == null || args.length == 0)) {
            return "cached statements over " + real;
        }
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private synchronized PreparedStatement prepare(String sql) throws SQLException {
        Kept k = kept.get(sql);
        if (k != null && !k.inUse && !k.real.isClosed()) {
            k.inUse = true;
            return k.handed;
        }
        if (k != null) {
            // The same statement is open twice at once (or was closed underneath): this one is not kept.
            return real.prepareStatement(sql);
        }
        PreparedStatement statement = real.prepareStatement(sql);
        Kept fresh = new Kept(statement, (PreparedStatement) Proxy.newProxyInstance(
                StatementCache.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                new Returned(statement)));
        fresh.inUse = true;
        kept.put(sql, fresh);
        evict();
        return fresh.handed;
    }

    private void evict() throws SQLException {
        Iterator<Kept> it = kept.values().iterator();
        while (kept.size() > KEPT && it.hasNext()) {
            Kept oldest = it.next();
            if (!oldest.inUse) {
                it.remove();
                oldest.real.close();
            }
        }
    }

    private synchronized void returned(PreparedStatement statement) {
        for (Kept k : kept.values()) {
            if (k.real == statement) {
                k.inUse = false;
                return;
            }
        }
    }

    private synchronized void closeKept() {
        List<Kept> all = new ArrayList<>(kept.values());
        kept.clear();
        for (Kept k : all) {
            try {
                k.real.close();
            } catch (SQLException ignored) {
                // The connection is being closed: the statement goes with it.
            }
        }
    }

    /** A kept statement as handed out: close() gives it back, everything else is the statement's own. */
    private final class Returned implements InvocationHandler {
        private final PreparedStatement statement;

        Returned(PreparedStatement statement) {
            this.statement = statement;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close") && (args == null || args.length == 0)) {
                if (!statement.isClosed()) {
                    statement.clearBatch();
                }
                returned(statement);
                return null;
            }
            if (name.equals("isClosed") && (args == null || args.length == 0)) {
                return statement.isClosed();
            }
            if (name.equals("getConnection") && (args == null || args.length == 0)) {
                return statement.getConnection();
            }
            if (name.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode") && (args == null || args.length == 0)) {
                return System.identityHashCode(proxy);
            }
            try {
                return method.invoke(statement, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
