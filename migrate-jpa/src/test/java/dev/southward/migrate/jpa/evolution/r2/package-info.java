/** Renaming an entity whose join table is named: version 2. */
package dev.southward.migrate.jpa.evolution.r2;
