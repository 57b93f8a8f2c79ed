package dev.southward.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.southward.boot.testing.Boot;
import dev.southward.boot.testing.Migrations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code GET /actuator/southward} of a running application on H2: applied, pending and partial migrations. */
class SouthwardEndpointIT {
    private final String url = "jdbc:h2:mem:endpoint_" + UUID.randomUUID().toString().replace("-", "")
            + ";DB_CLOSE_DELAY=-1";

    @TempDir
    Path dir;

    @Test
    void listsAppliedThenPendingMigrations() throws Exception {
        Migrations.initial(dir);
        try (ConfigurableApplicationContext app = start()) {
            JsonNode bean = get(app).path("southwardBeans").path("southward");
            assertThat(bean.path("apps").get(0).path("name").asText()).isEqualTo("clinic");
            JsonNode first = bean.path("apps").get(0).path("migrations").get(0);
            assertThat(first.path("name").asText()).isEqualTo("0001_initial");
            assertThat(first.path("state").asText()).isEqualTo("APPLIED");
            assertThat(bean.path("pending").asInt()).isZero();
            assertThat(bean.path("betweenMigrations").asBoolean()).isFalse();

            String second = Migrations.make(dir, dev.southward.boot.clinic.v2.ClinicApp.class).migrations().get(0)
                    .key().name();
            JsonNode now = get(app).path("southwardBeans").path("southward");
            JsonNode migrations = now.path("apps").get(0).path("migrations");
            assertThat(migrations).hasSize(2);
            assertThat(migrations.get(1).path("name").asText()).isEqualTo(second);
            assertThat(migrations.get(1).path("state").asText()).isEqualTo("PENDING");
            assertThat(now.path("pending").asInt()).isEqualTo(1);
        }
    }

    @Test
    void showsAMigrationLeftBetweenMigrations() throws Exception {
        Migrations.initial(dir);
        start().close();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO clinic_owner (name) VALUES ('Ada')");
            s.execute("INSERT INTO clinic_pet (name, owner_id) SELECT 'Rex', id FROM clinic_owner "
                    + "UNION ALL SELECT 'Rex', id FROM clinic_owner");
        }
        Migrations.make(dir, dev.southward.boot.clinic.v2.ClinicApp.class);
        try {
            start().close();
        } catch (RuntimeException expected) {
            // the unique index on pet names fails after clinic_owner was changed
        }
        try (ConfigurableApplicationContext app = start("southward.between-migrations=ignore")) {
            JsonNode bean = get(app).path("southwardBeans").path("southward");
            JsonNode second = bean.path("apps").get(0).path("migrations").get(1);
            assertThat(second.path("state").asText()).isEqualTo("PARTIAL");
            assertThat(second.path("partial").asText()).contains("of 2");
            assertThat(bean.path("betweenMigrations").asBoolean()).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] properties = new String[more.length + 3];
        properties[0] = "spring.datasource.url=" + url;
        properties[1] = "southward.directory=" + dir;
        properties[2] = "management.endpoints.web.exposure.include=southward";
        System.arraycopy(more, 0, properties, 3, more.length);
        return Boot.start(true, properties);
    }

    private static JsonNode get(ConfigurableApplicationContext app) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/southward")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
