package dev.southward.boot.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** Wraps a data source and records every statement executed through it (a prepared one once per execution). */
public final class CountingDataSource {
    private final List<String> sql = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param real the data source to wrap
     * @return a data source recording into this counter
     */
    public DataSource wrap(DataSource real) {
        return proxy(DataSource.class, real, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    /** @return the statements executed so far, in order */
    public List<String> statements() {
        synchronized (sql) {
            return List.copyOf(sql);
        }
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, real, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement p) {
                String prepared = (String) args[0];
                return result instanceof java.sql.CallableStatement c
                        ? proxy(java.sql.CallableStatement.class, c, statement(prepared))
                        : proxy(PreparedStatement.class, p, statement(prepared));
            }
            return result instanceof Statement s ? proxy(Statement.class, s, statement(null)) : result;
        });
    }

    private Handler statement(String prepared) {
        return (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                sql.add(args != null && args.length > 0 && args[0] instanceof String s ? s : String.valueOf(prepared));
            }
            return invoke(target, method, args);
        };
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
