/** Version 9 of the evolving shop: adds the many-to-one Product.vendor. */
package dev.southward.migrate.jpa.evolution.v9;
