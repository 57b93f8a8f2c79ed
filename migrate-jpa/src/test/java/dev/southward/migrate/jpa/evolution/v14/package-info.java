/** Version 14 of the evolving shop: changes Payment's inheritance back from JOINED to SINGLE_TABLE. */
package dev.southward.migrate.jpa.evolution.v14;
