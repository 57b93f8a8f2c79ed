/** Renaming the owner of a join table: version 1. */
package dev.southward.migrate.jpa.evolution.r1;
