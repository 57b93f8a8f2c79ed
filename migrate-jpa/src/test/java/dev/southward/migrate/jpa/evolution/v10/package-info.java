/** Version 10 of the evolving shop: adds the many-to-many Customer.favourites. */
package dev.southward.migrate.jpa.evolution.v10;
