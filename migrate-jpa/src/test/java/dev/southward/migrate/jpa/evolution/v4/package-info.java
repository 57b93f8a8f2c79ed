/** Version 4 of the evolving shop: adds the field Customer.phone. */
package dev.southward.migrate.jpa.evolution.v4;
