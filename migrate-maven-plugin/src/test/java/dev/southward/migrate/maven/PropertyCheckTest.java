package dev.southward.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Mistyped and outdated -D properties fail the build before a goal runs; everything else passes. */
class PropertyCheckTest {
    private final PropertyCheck check = new PropertyCheck(
            List.of("app", "target", "db-dry-run", "fake", "southward.url", "southward.password", "southward.skip"),
            List.of("name", "apps", "auto", "backwards", "southward.embedded"));

    private static Properties props(String... names) {
        Properties p = new Properties();
        for (String n : names) {
            p.setProperty(n, "x");
        }
        return p;
    }

    @Test
    void nearMissesOfTheGoalsPropertiesAreRefused() {
        assertThat(check.problem("dry-run", "migrate:migrate")).contains(
                "-Ddry-run is no property of migrate:migrate; did you mean -Ddb-dry-run?");
        assertThat(check.problem("taget", "migrate:migrate")).contains(
                "-Dtaget is no property of migrate:migrate; did you mean -Dtarget?");
        assertThatThrownBy(() -> check.check(props("taget", "skipTests"), "migrate:migrate"))
                .isInstanceOf(MojoFailureException.class).hasMessageStartingWith("-Dtaget is no property")
                .hasMessageContaining("Nothing was run.").hasMessageNotContaining("skipTests");
    }

    @Test
    void oldSettingNamesAndUnknownSouthwardSettingsAreRefused() {
        assertThat(check.problem("url", "migrate:list")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("-Durl is now -Dsouthward.url"));
        assertThat(check.problem("password", "migrate:list")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("-Dpassword is now -Dsouthward.password"));
        assertThat(check.problem("southward.embeded", "migrate:list")).contains(
                "-Dsouthward.embeded is no Southward setting; did you mean -Dsouthward.embedded?");
        assertThat(check.problem("southward.colour", "migrate:list")).hasValueSatisfying(m -> assertThat(m)
                .contains("is no Southward setting (the settings: southward.embedded, southward.password"));
    }

    @Test
    void knownAndUnrelatedPropertiesPass() throws Exception {
        // Properties of other goals (mvn migrate:schemamigration migrate:migrate -Dauto), Maven's and others'.
        check.check(props("app", "apps", "auto", "name", "southward.password", "skipTests", "maven.repo.local",
                "test", "revision", "env"), "migrate:migrate");
    }
}
