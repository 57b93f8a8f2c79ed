package dev.southward.migrate.jpa.oracle;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * A physical naming strategy for {@code validate} on H2 with {@code hibernate.globally_quoted_identifiers}: it
 * applies another strategy to the unquoted name and quotes the result. Global quoting quotes the names BEFORE the
 * physical strategy, and Hibernate's snake-case strategy returns a quoted name unchanged, so Spring Boot's naming
 * would look for {@code Car} and {@code expiryYear} instead of {@code car} and {@code expiry_year}.
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
