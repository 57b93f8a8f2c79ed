package dev.southward.migrate.workflow.v1;

import dev.southward.migrate.model.App;

@App(name = "accounts", models = {User.class})
public final class AccountsApp {
}
