package dev.southward.migrate.workflow.v3;

import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.ForeignKey;
import dev.southward.migrate.state.OnDelete;

public class Source {
    @Field(maxLength = 200)
    String name;
    @ForeignKey(onDelete = OnDelete.RESTRICT)
    User owner;
}
