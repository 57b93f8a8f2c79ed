/** Version 7 of the evolving shop: renames the entity Supplier to Vendor. */
package dev.southward.migrate.jpa.evolution.v7;
