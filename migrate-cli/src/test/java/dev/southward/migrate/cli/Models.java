package dev.southward.migrate.cli;

import dev.southward.migrate.cli.testing.Project;

/** The test application's models in their successive versions: apps {@code accounts} and {@code images}. */
final class Models {
    private Models() {
    }

    /** Version 1: a user, and an image with a name. */
    static Project v1(Project p) {
        p.source("app.accounts.AccountsApp", """
                package app.accounts;
                @dev.southward.migrate.model.App(name = "accounts", models = User.class)
                public final class AccountsApp {
                }
                """);
        p.source("app.accounts.User", """
                package app.accounts;
                public class User {
                    @dev.southward.migrate.model.Field(maxLength = 50)
                    String name;
                }
                """);
        p.source("app.images.ImagesApp", """
                package app.images;
                @dev.southward.migrate.model.App(name = "images", models = Image.class)
                public final class ImagesApp {
                }
                """);
        return image(p, "");
    }

    /** Version 2: the image gets a nullable width. */
    static Project v2(Project p) {
        return image(p, """
                    @dev.southward.migrate.model.Field(nullable = true)
                    Integer width;
                """);
    }

    /** Version 3: and a rotation, NOT NULL without a default: a question for the existing rows. */
    static Project v3(Project p) {
        return image(p, """
                    @dev.southward.migrate.model.Field(nullable = true)
                    Integer width;
                    int rotation;
                """);
    }

    private static Project image(Project p, String fields) {
        return p.source("app.images.Image", """
                package app.images;
                public class Image {
                    @dev.southward.migrate.model.Field(maxLength = 100)
                    String name;
                %s}
                """.formatted(fields)).compile();
    }
}
