/** Version 2 of the evolving shop: adds the entity Supplier. */
package dev.southward.migrate.jpa.evolution.v2;
