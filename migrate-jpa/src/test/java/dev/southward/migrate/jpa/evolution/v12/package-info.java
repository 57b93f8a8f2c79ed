/** Version 12 of the evolving shop: renames the entity Vendor, which Product.vendor references, to Maker. */
package dev.southward.migrate.jpa.evolution.v12;
