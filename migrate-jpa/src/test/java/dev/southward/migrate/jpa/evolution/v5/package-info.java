/** Version 5 of the evolving shop: removes the field Customer.email. */
package dev.southward.migrate.jpa.evolution.v5;
