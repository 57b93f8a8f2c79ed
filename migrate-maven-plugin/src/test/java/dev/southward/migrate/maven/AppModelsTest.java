package dev.southward.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.ModelDefinitionException;
import dev.southward.migrate.model.ModelSources;
import dev.southward.migrate.maven.jpa.MixedApp;
import dev.southward.migrate.maven.jpa.NotesApp;
import dev.southward.migrate.maven.jpa.ShopApp;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** {@code @App} classes listing JPA entities are read by migrate-jpa, with the naming the POM sets. */
class AppModelsTest {
    @Test
    void jpaAppsAreReadWithTheConfiguredNamingBesideSouthwardApps() throws Exception {
        AppModels boot = AppModels.of(List.of(NotesApp.class, ShopApp.class), "spring-boot");
        assertThat(boot.own()).containsExactly(NotesApp.class);
        assertThat(boot.jpa()).containsExactly(ShopApp.class);
        ProjectState state = scan(boot);
        assertThat(state.models()).containsKeys("notes.Note", "shop.Customer");
        ModelState customer = state.models().get("shop.Customer");
        assertThat(customer.table()).isEqualTo("customer");
        assertThat(customer.fields()).extracting(f -> f.column()).contains("first_name");

        ModelState hibernate = scan(AppModels.of(List.of(ShopApp.class), "HIBERNATE")).models().get("shop.Customer");
        assertThat(hibernate.table()).isEqualTo("Customer");
        assertThat(hibernate.fields()).extracting(f -> f.column()).contains("firstName");
    }

    @Test
    void withoutJpaAppsNoNamingIsNeeded() throws Exception {
        AppModels own = AppModels.of(List.of(NotesApp.class), null);
        assertThat(own.jpa()).isEmpty();
        assertThat(own.jpaNaming()).isNull();
        assertThat(scan(own).models()).containsOnlyKeys("notes.Note");
    }

    @Test
    void aJpaAppWithoutANamingIsRefusedSayingWhatToSet() {
        assertThatThrownBy(() -> AppModels.of(List.of(ShopApp.class), null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("The @App class " + ShopApp.class.getName() + " lists JPA entities")
                .hasMessageContaining("<southward.jpaNaming>spring-boot</southward.jpaNaming>");
        assertThatThrownBy(() -> AppModels.of(List.of(ShopApp.class), "spring"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("-Dsouthward.jpaNaming=spring is unknown.");
    }

    @Test
    void anAppMixingEntitiesAndSouthwardModelsIsRefusedByClass() throws Exception {
        AppModels mixed = AppModels.of(List.of(MixedApp.class), "hibernate");
        assertThatThrownBy(() -> scan(mixed)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("dev.southward.migrate.maven.jpa.Note: not an @Entity, @MappedSuperclass or "
                        + "@Embeddable");
    }

    /** What makeMigrations compares with the migrations: the own apps and the JPA source. */
    private static ProjectState scan(AppModels models) {
        return ModelSources.scan(models.own(), models.sources());
    }
}
