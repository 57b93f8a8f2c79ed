/** Version 13 of the evolving shop: renames the many-to-one Product.vendor to maker. */
package dev.southward.migrate.jpa.evolution.v13;
