package dev.southward.migrate.operation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.southward.migrate.dialect.Dialect;
import dev.southward.migrate.state.ProjectState;
import java.util.List;

/**
 * Runs a {@link DataMigration} class found on the classpath. It does not change the model state.
 *
 * @param className      the {@link DataMigration} class
 * @param reversibleFlag false when it cannot run backwards; null or true when it can
 * @param elidable       whether a squash may drop it (Django's {@code elidable}); written only when true
 */
@JsonPropertyOrder({"className", "reversible", "elidable"})
public record RunJava(String className,
        @JsonProperty("reversible") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean reversibleFlag,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean elidable)
        implements Operation {

    /**
     * A data migration a squash keeps.
     *
     * @param className      the {@link DataMigration} class
     * @param reversibleFlag false when it cannot run backwards
     */
    public RunJava(String className, Boolean reversibleFlag) {
        this(className, reversibleFlag, false);
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before;
    }

    @Override
    public List<Step> forwards(String app, ProjectState before, Dialect dialect) {
        return List.of(new Step.Java(className, true));
    }

    @Override
    public List<Step> backwards(String app, ProjectState before, Dialect dialect) {
        return List.of(new Step.Java(className, false));
    }

    @Override
    public boolean reversible() {
        return reversibleFlag == null || reversibleFlag;
    }

    @Override
    public String describe(String app) {
        return "run data migration " + className;
    }

    @Override
    public String slug() {
        return "data";
    }
}
