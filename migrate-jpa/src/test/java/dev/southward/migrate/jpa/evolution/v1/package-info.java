/** Version 1 of the evolving shop: the first set. */
package dev.southward.migrate.jpa.evolution.v1;
