package dev.southward.migrate.jpa.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.migrate.MakeRequest;
import dev.southward.migrate.MakeResult;
import dev.southward.migrate.Southward;
import dev.southward.migrate.jpa.JpaModels;
import dev.southward.migrate.jpa.JpaNaming;
import dev.southward.migrate.jpa.oracle.HibernateOracle;
import dev.southward.migrate.jpa.oracle.OracleScenario;
import dev.southward.migrate.jpa.oracle.TestDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming an entity takes its implicit join and collection tables along (Hibernate names them and their owner
 * column after the entity): one question, the tables and columns renamed, the rows kept.
 */
class JoinTableRenameIT {
    @TempDir
    Path dir;

    @Test
    void joinAndCollectionTablesFollowTheRenameOfTheirOwnerAndKeepTheirRows() throws Exception {
        try (TestDb db = TestDb.h2()) {
            southward(db, "r1").makeMigrations(MakeRequest.auto("tags"));
            southward(db, "r1").migrate();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO Owner (id) VALUES (1)");
                s.execute("INSERT INTO Tag (id) VALUES (2)");
                s.execute("INSERT INTO Owner_Tag (Owner_id, tags_id) VALUES (1, 2)");
                s.execute("INSERT INTO Owner_labels (Owner_id, labels) VALUES (1, 'red')");
            }
            Southward s = southward(db, "r2");
            RecordingQuestioner questioner = new RecordingQuestioner(Set.of("tags.Owner -> tags.Keeper"), Map.of());
            MakeResult made = s.makeMigrations(MakeRequest.auto("tags").questioner(questioner));
            assertThat(questioner.asked).containsExactly("rename model tags.Owner -> tags.Keeper");
            assertThat(made.migrations()).singleElement().satisfies(m -> assertThat(m.operations())
                    .extracting(o -> o.getClass().getSimpleName())
                    // The set's unique key is named after its table: dropped and made again under the new name.
                    .containsExactlyInAnyOrder("RenameModel", "RenameModel", "RenameModel", "RenameField",
                            "RenameField", "AlterModelOptions", "AlterModelOptions", "RemoveIndex", "AddIndex"));
            s.migrate();
            assertThat(s.verify().all()).isEmpty();
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT Keeper_id, tags_id FROM Keeper_Tag")) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getLong(1), rs.getLong(2))).containsExactly(1L, 2L);
            }
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT Keeper_id, labels FROM Keeper_labels")) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getLong(1), rs.getString(2))).containsExactly(1L, "red");
            }
            HibernateOracle.validate(db, List.of(dev.southward.migrate.jpa.evolution.r2.Keeper.class,
                    dev.southward.migrate.jpa.evolution.r2.Tag.class), JpaNaming.HIBERNATE);
        }
    }

    private Southward southward(TestDb db, String version) {
        return OracleScenario.southward(db, dir, JpaModels.naming(JpaNaming.HIBERNATE)
                .appOfPackage("tags", "dev.southward.migrate.jpa.evolution." + version));
    }
}
