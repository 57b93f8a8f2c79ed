/** Renaming the owner of a join table: version 2, Owner renamed to Keeper. */
package dev.southward.migrate.jpa.evolution.r2;
