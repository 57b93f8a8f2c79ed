package dev.southward.boot.testing;

/** Finds an exception of a type in a cause chain (Spring wraps start-up failures in bean creation exceptions). */
public final class Causes {
    private Causes() {
    }

    /**
     * @param thrown what start-up threw
     * @param type   the exception type looked for
     * @param <T>    the type
     * @return the first exception of {@code type} in the chain
     * @throws AssertionError when there is none
     */
    public static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getName() + " in the causes of " + thrown, thrown);
    }
}
