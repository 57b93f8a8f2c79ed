package dev.southward.migrate.model;

import dev.southward.migrate.state.ModelState;
import java.util.List;

/**
 * A source of models beside the {@link App} classes, e.g. JPA entities (module {@code migrate-jpa}). Its models
 * join those of the app classes in the state that the autodetector compares with the migrations; an app's models
 * come from one source only.
 */
@FunctionalInterface
public interface ModelSource {
    /**
     * Reads the models.
     *
     * @return the models with their apps, tables and fields
     * @throws dev.southward.migrate.ModelDefinitionException listing every problem of the source at once
     */
    List<ModelState> models();
}
