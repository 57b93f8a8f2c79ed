package dev.southward.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Connection settings against the local MariaDB (127.0.0.1:3306, root without a password). */
class DatabaseIT {
    @Test
    void credentialsInTheUrlAreNotOverriddenByEmptyOnes() throws Exception {
        Database db = Database.resolve("jdbc:mysql://127.0.0.1:3306/test?user=root&password=", null, null, null,
                null, null, new File("target"));
        String user = db.jdbi(getClass().getClassLoader(), new SystemStreamLog())
                .withHandle(h -> h.createQuery("SELECT CURRENT_USER()").mapTo(String.class).one());
        assertThat(user).startsWith("root@");
    }

    @Test
    void aFailedConnectionNamesHostAndPortButNoPassword() throws Exception {
        Database db = Database.resolve("jdbc:mysql://127.0.0.1:1/test?connectTimeout=2000", "root", "s3cret", null,
                null, null, new File("target"));
        var jdbi = db.jdbi(getClass().getClassLoader(), new SystemStreamLog());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbi.withHandle(h -> h.createQuery("SELECT 1")
                .mapTo(Integer.class).one())).cause()
                .hasMessageStartingWith("Cannot connect to jdbc:mysql://127.0.0.1:1/test")
                .hasMessageNotContaining("s3cret");
    }
}
