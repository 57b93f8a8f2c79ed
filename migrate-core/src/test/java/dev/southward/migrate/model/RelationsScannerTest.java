package dev.southward.migrate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.southward.migrate.ModelDefinitionException;
import dev.southward.migrate.state.FieldState;
import dev.southward.migrate.state.IndexState;
import dev.southward.migrate.state.ModelState;
import dev.southward.migrate.state.ProjectState;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code @Model(managed = false)} and many-to-many fields, as the scanner reads them. */
class RelationsScannerTest {

    @App(name = "auth", models = {User.class})
    static final class Auth {
    }

    @Model(table = "auth_user", managed = false)
    static class User {
        String username;
        List<Group> groups;
    }

    @App(name = "lib", models = {Book.class, Tag.class, Group.class})
    static final class Lib {
    }

    static class Book {
        String title;
        List<Tag> tags;
        Set<Book> related;
        @ManyToMany(table = "lib_book_readers")
        Collection<User> readBy;
        transient List<Tag> notAField;
    }

    static class Tag {
        @Id
        String code;
    }

    static class Group {
        String name;
    }

    @App(name = "bad", models = {Bad.class})
    static final class BadApp {
    }

    static class Bad {
        List<String> names;
        @ManyToMany(table = "no-such name")
        List<Bad> selves;
    }

    private static final ProjectState STATE = ModelScanner.scan(List.of(Auth.class, Lib.class));

    @Test
    void anUnmanagedModelIsInTheStateMarkedSo() {
        ModelState user = STATE.requireModel("auth", "User");
        assertThat(user.isManaged()).isFalse();
        assertThat(user.table()).isEqualTo("auth_user");
        assertThat(STATE.requireModel("lib", "Book").isManaged()).isTrue();
    }

    @Test
    void aListOfModelsIsAJoinModelNamedAsDjangoNamesIt() {
        ModelState join = STATE.requireModel("lib", "Book_tags");
        assertThat(join.table()).isEqualTo("lib_book_tags");
        assertThat(join.joinFor()).isEqualTo("Book.tags");
        assertThat(join.fields()).extracting(FieldState::column).containsExactly("id", "book_id", "tag_id");
        assertThat(join.requireField("book").foreignKey().model()).isEqualTo("lib.Book");
        assertThat(join.requireField("tag").foreignKey().model()).isEqualTo("lib.Tag");
        assertThat(join.requireField("tag").type()).as("the target's key type")
                .isEqualTo(STATE.requireModel("lib", "Tag").requireField("code").type());
        assertThat(join.indexes()).containsExactly(
                new IndexState("lib_book_tags_book_id_tag_id_uniq", List.of("book", "tag"), true));
        assertThat(STATE.requireModel("lib", "Book").field("tags")).isEmpty();
    }

    @Test
    void aSelfReferenceUsesFromAndToColumns() {
        assertThat(STATE.requireModel("lib", "Book_related").fields()).extracting(FieldState::column)
                .containsExactly("id", "from_book_id", "to_book_id");
    }

    @Test
    void theJoinTableCanBeNamedAndFollowsItsOwnersManagement() {
        assertThat(STATE.requireModel("lib", "Book_readBy").table()).isEqualTo("lib_book_readers");
        assertThat(STATE.requireModel("lib", "Book_readBy").requireField("user").foreignKey().model())
                .isEqualTo("auth.User");
        ModelState groups = STATE.requireModel("auth", "User_groups");
        assertThat(groups.table()).isEqualTo("auth_user_groups");
        assertThat(groups.isManaged()).isFalse();
        assertThat(STATE.model("lib", "Book_notAField")).isEmpty();
    }

    @Test
    void aCollectionOfNonModelsAndABadJoinTableNameAreReported() {
        assertThatThrownBy(() -> ModelScanner.scan(List.of(BadApp.class)))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("Bad.names: a collection field is many-to-many and needs a model class")
                .hasMessageContaining("Bad.selves: join table name 'no-such name' is not a valid identifier");
    }
}
