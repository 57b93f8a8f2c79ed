package dev.southward.migrate.workflow.v1;

import dev.southward.migrate.model.Field;

public class User {
    @Field(maxLength = 100, unique = true)
    String username;
    @Field(nullable = true)
    String email;
}
