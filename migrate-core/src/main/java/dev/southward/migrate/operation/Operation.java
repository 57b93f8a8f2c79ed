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

    /**
     * The state after this operation. Throws {@link IllegalStateException} when it does not apply.
     *
     * @param app    the app of the migration holding the operation
     * @param before the state before it
     * @return the state after it
     */
    ProjectState apply(String app, ProjectState before);

    /**
     * The statements that apply this operation, rendered from the state before it.
     *
     * @param app     the app of the migration holding the operation
     * @param before  the state before it
     * @param dialect the database's dialect
     * @return the statements, in the order they run
     */
    List<Step> forwards(String app, ProjectState before, Dialect dialect);

    /**
     * The statements that unapply this operation, rendered from the state before it (the state it restores).
     *
     * @param app     the app of the migration holding the operation
     * @param before  the state before the operation (as it was applied)
     * @param dialect the database's dialect
     * @return the statements, in the order they run
     */
    List<Step> backwards(String app, ProjectState before, Dialect dialect);

    /**
     * For messages: {@code add field images.Image.caption}.
     *
     * @param app the app of the migration holding the operation
     * @return what the operation does, with the full names of the models and fields it changes
     */
    String describe(String app);

    /**
     * For migration names, South style: {@code add_field_image_caption}.
     *
     * @return a short lower-case summary, e.g. {@code add_field_image_caption}
     */
    String slug();

    /**
     * False when backwards cannot be run; the planner refuses backwards plans containing it.
     *
     * @return true when the operation can be unapplied
     */
    default boolean reversible() {
        return true;
    }

    /**
     * What the live database must satisfy for forwards to succeed (checked by the dry run).
     *
     * @param app    the app of the migration holding the operation
     * @param before the state before it
     * @return the conditions on the live schema and data; empty when there are none
     */
    default List<Precondition> preconditions(String app, ProjectState before) {
        return List.of();
    }
}
