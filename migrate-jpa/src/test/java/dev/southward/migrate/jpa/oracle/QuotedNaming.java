package dev.southward.migrate.jpa.oracle;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * A physical naming strategy that quotes what another one makes, for {@code validate} on H2: Hibernate looks an
 * unquoted name up in H2's metadata upper-cased, a quoted one as written. Not
 * {@code hibernate.globally_quoted_identifiers}: it quotes the names BEFORE the physical strategy, and Hibernate's
 * snake-case strategy returns a quoted name unchanged, so Spring Boot's naming would look for {@code Car} and
 * {@code expiryYear} instead of {@code car} and {@code expiry_year} (and Hibernate's own assertions fail on an
 * unnamed {@code @Index} under it).
 */
final class QuotedNaming implements PhysicalNamingStrategy {
    private final PhysicalNamingStrategy delegate;

    QuotedNaming(PhysicalNamingStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment env) {
        return quote(delegate.toPhysicalCatalogName(unquoted(name), env));
    }

    @Override
    public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment env) {
        return quote(delegate.toPhysicalSchemaName(unquoted(name), env));
    }

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment env) {
        return quote(delegate.toPhysicalTableName(unquoted(name), env));
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment env) {
        return quote(delegate.toPhysicalSequenceName(unquoted(name), env));
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment env) {
        return quote(delegate.toPhysicalColumnName(unquoted(name), env));
    }

    private static Identifier unquoted(Identifier name) {
        return name == null ? null : Identifier.toIdentifier(name.getText(), false);
    }

    private static Identifier quote(Identifier name) {
        return name == null ? null : Identifier.quote(name);
    }
}
