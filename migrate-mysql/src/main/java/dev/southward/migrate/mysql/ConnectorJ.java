package dev.southward.migrate.mysql;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.Connection;
import java.sql.SQLException;

/** Settings of MySQL Connector/J connections; nothing happens with any other driver. */
final class ConnectorJ {
    private ConnectorJ() {
    }

    /** Turns on {@code useLocalSessionState} for this connection; the result turns it back. */
    static Runnable localSessionState(Connection connection) {
        try {
            if (connection.isWrapperFor(JdbcConnection.class)) {
                RuntimeProperty<Boolean> property = connection.unwrap(JdbcConnection.class).getPropertySet()
                        .getBooleanProperty(PropertyKey.useLocalSessionState);
                Boolean before = property.getValue();
                property.setValue(Boolean.TRUE);
                return () -> property.setValue(before);
            }
        } catch (SQLException | LinkageError e) {
            // Another driver, or a Connector/J without this property: leave the connection as it is.
        }
        return () -> { };
    }
}
