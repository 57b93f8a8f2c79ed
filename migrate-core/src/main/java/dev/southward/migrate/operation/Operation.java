package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * A declarative schema change of one app. Operations are immutable records; each knows how it changes the model
 * state and how it renders forwards and backwards through a {@link Dialect}. They return steps, never run them.
 *
 * <p>{@code before} is always the project state just before the operation runs forwards; backwards uses it to
 * recreate what forwards removed, so nothing has to be stored by hand.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CreateModel.class, name = "create_model"),
    @JsonSubTypes.Type(value = DeleteModel.class, name = "delete_model"),
    @JsonSubTypes.Type(value = AddField.class, name = "add_field"),
    @JsonSubTypes.Type(value = RemoveField.class, name = "remove_field"),
    @JsonSubTypes.Type(value = AlterField.class, name = "alter_field"),
    @JsonSubTypes.Type(value = RenameField.class, name = "rename_field"),
    @JsonSubTypes.Type(value = RenameModel.class, name = "rename_model"),
    @JsonSubTypes.Type(value = AddIndex.class, name = "add_index"),
    @JsonSubTypes.Type(value = RemoveIndex.class, name = "remove_index"),
    @JsonSubTypes.Type(value = RunSql.class, name = "run_sql"),
    @JsonSubTypes.Type(value = RunJava.class, name = "run_java"),
    @JsonSubTypes.Type(value = AlterModelOptions.class, name = "alter_model_options"),
    @JsonSubTypes.Type(value = MoveModel.class, name = "move_model"),
    @JsonSubTypes.Type(value = ModelMoved.class, name = "model_moved")
})
public sealed interface Operation permits CreateModel, DeleteModel, AddField, RemoveField, AlterField, RenameField,
        RenameModel, AddIndex, RemoveIndex, RunSql, RunJava, AlterModelOptions, MoveModel, ModelMoved {

    /** The state after this operation. Throws {@link IllegalStateException} when it does not apply. */
    ProjectState apply(String app, ProjectState before);

    List<Step> forwards(String app, ProjectState before, Dialect dialect);

    List<Step> backwards(String app, ProjectState before, Dialect dialect);

    /** For messages: {@code add field images.Image.caption}. */
    String describe(String app);

    /** For migration names, South style: {@code add_field_image_caption}. */
    String slug();

    /** False when backwards cannot be run; the planner refuses backwards plans containing it. */
    default boolean reversible() {
        return true;
    }

    /** What the live database must satisfy for forwards to succeed (checked by the dry run). */
    default List<Precondition> preconditions(String app, ProjectState before) {
        return List.of();
    }
}
