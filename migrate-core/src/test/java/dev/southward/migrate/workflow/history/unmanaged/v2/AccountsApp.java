package dev.southward.migrate.workflow.history.unmanaged.v2;

import dev.southward.migrate.model.App;
import dev.southward.migrate.model.Field;
import dev.southward.migrate.model.Model;

/** A framework's user table: it exists already and Southward must never create, alter or drop it. */
@App(name = "accounts", models = {AccountsApp.User.class})
public final class AccountsApp {
    @Model(table = "auth_user", managed = false)
    public static class User {
        @Field(maxLength = 150)
        String username;
        @Field(maxLength = 200, nullable = true)
        String email;
    }
}
