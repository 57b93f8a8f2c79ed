/** Version 11 of the evolving shop: changes Payment's inheritance from SINGLE_TABLE to JOINED. */
package dev.southward.migrate.jpa.evolution.v11;
