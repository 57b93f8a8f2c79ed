package it.util;

/** A module without models or migrations. */
public final class Strings {
    private Strings() {
    }
}
