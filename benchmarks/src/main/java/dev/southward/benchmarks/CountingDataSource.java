package dev.southward.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a data source and counts what a tool sends, two ways:
 * <ul>
 *   <li><b>client</b>: every statement the tool executes through JDBC ({@code execute}, {@code executeQuery},
 *       {@code executeUpdate}, {@code executeLargeUpdate} of Statement, PreparedStatement and CallableStatement; a
 *       batch counts one per entry, as Connector/J sends them without {@code rewriteBatchedStatements});</li>
 *   <li><b>server</b> (MySQL and MariaDB only): the session status {@code Questions} of each connection, read just
 *       before the tool closes it. It also counts what the client side cannot see: the driver's own statements on
 *       connect, {@code SET autocommit}, {@code setTransactionIsolation}, and the queries behind
 *       {@code DatabaseMetaData}. The reading itself is subtracted.</li>
 * </ul>
 * Reading {@code Questions} costs a round trip per connection, so counting runs are never timed.
 */
public final class CountingDataSource implements DataSource {
    private final DataSource delegate;
    private final boolean serverSide;
    private final AtomicInteger client = new AtomicInteger();
    private final AtomicInteger server = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> sql = Collections.synchronizedList(new ArrayList<>());
    private final Map<Connection, Boolean> open = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param delegate   the real data source
     * @param serverSide whether to read {@code Questions} from each connection (MySQL/MariaDB only)
     */
    public CountingDataSource(DataSource delegate, boolean serverSide) {
        this.delegate = delegate;
        this.serverSide = serverSide;
    }

    /** Statements executed through JDBC so far. */
    public int clientStatements() {
        return client.get();
    }

    /** The statements as executed (a prepared statement's SQL once per execution). */
    public List<String> sql() {
        synchronized (sql) {
            return List.copyOf(sql);
        }
    }

    /**
     * Statements the server counted on every connection of this data source, including those still open (read now).
     */
    public int serverStatements() {
        if (!serverSide) {
            throw new IllegalStateException("server-side counting is off");
        }
        List<Connection> still;
        synchronized (open) {
            still = new ArrayList<>(open.keySet());
        }
        int total = server.get();
        for (Connection c : still) {
            total += questions(c);
        }
        return total;
    }

    /** Connections opened so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(delegate.getConnection(user, password));
    }

    private Connection wrap(Connection c) {
        connections.incrementAndGet();
        if (serverSide) {
            open.put(c, Boolean.TRUE);
        }
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && serverSide && open.remove(c) != null && !c.isClosed()) {
                        server.addAndGet(questions(c));
                    }
                    Object result = invoke(c, method, args);
                    if (result instanceof Statement s) {
                        String prepared = method.getName().startsWith("prepare") ? (String) args[0] : null;
                        return statement(s, prepared, proxy);
                    }
                    return result;
                });
    }

    /** The session's Questions, less the statement reading them. */
    private static int questions(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
            rs.next();
            return Integer.parseInt(rs.getString(2)) - 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the session's Questions: " + e, e);
        }
    }

    private Object statement(Statement s, String preparedSql, Object connectionProxy) {
        Class<?> type = s instanceof CallableStatement ? CallableStatement.class
                : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        List<String> batch = new ArrayList<>();
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            switch (name) {
                case "getConnection" -> {
                    return connectionProxy;
                }
                case "addBatch" -> batch.add(args != null && args.length > 0 ? (String) args[0] : preparedSql);
                case "clearBatch" -> batch.clear();
                case "executeBatch", "executeLargeBatch" -> {
                    client.addAndGet(batch.size());
                    sql.addAll(batch);
                    batch.clear();
                }
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                    client.incrementAndGet();
                    sql.add(args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql);
                }
                default -> { }
            }
            return invoke(s, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
