/**
 * The Maven plugin: South's command line as {@code mvn migrate:*} goals. Each mojo turns its parameters into one
 * call of the core {@link dev.southward.migrate.Southward} API and prints the result; connection, project class
 * loading, questions and output live in the package-private helpers.
 */
package dev.southward.migrate.maven;
