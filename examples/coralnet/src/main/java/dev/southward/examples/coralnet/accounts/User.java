package dev.southward.examples.coralnet.accounts;

import dev.southward.migrate.model.Field;
import java.time.LocalDateTime;

/** A site user; table {@code accounts_user}. */
public class User {
    @Field(maxLength = 30, unique = true)
    String username;
    @Field(maxLength = 254, nullable = true)
    String email;
    LocalDateTime dateJoined;
}
