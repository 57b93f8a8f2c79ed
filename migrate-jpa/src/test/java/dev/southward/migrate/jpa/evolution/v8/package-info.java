/** Version 8 of the evolving shop: changes the type of Product.stock from Integer to Long. */
package dev.southward.migrate.jpa.evolution.v8;
