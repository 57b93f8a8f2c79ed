/** Renaming an entity whose join table is named: version 1. */
package dev.southward.migrate.jpa.evolution.r1;
