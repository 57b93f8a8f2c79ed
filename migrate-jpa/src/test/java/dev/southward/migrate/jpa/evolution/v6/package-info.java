/** Version 6 of the evolving shop: renames the field Product.title to label. */
package dev.southward.migrate.jpa.evolution.v6;
