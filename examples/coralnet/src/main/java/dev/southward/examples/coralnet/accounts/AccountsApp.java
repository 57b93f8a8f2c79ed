package dev.southward.examples.coralnet.accounts;

import dev.southward.migrate.model.App;

/** The accounts app: who uploads and annotates. */
@App(name = "accounts", models = {User.class})
public final class AccountsApp {
    private AccountsApp() {
    }
}
