/** Version 3 of the evolving shop: removes the entity Invoice. */
package dev.southward.migrate.jpa.evolution.v3;
