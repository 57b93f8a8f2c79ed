/** Version 15 of the evolving shop: renames the entity Customer, owner of the join table of favourites, to Client. */
package dev.southward.migrate.jpa.evolution.v15;
