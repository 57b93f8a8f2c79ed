package dev.southward.migrate.questioner;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest of some names to a mistyped one, by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The name nearest to {@code typed}, if it is near enough to be a typo of it: case, {@code -}, {@code _} and
     * {@code .} are ignored, and the edit distance allowed grows with the length (1 up to 4 characters, then 2,
     * then 3 from 10 characters).
     *
     * @param typed what was given
     * @param names the names that exist
     * @return the nearest name within the allowed distance, the first such in {@code names} on a tie
     */
    public static Optional<String> closest(String typed, Collection<String> names) {
        String t = plain(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            String n = plain(name);
            int allowed = allowed(Math.max(t.length(), n.length()));
            int d = distance(t, n);
            if (d <= allowed && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int allowed(int length) {
        return length <= 4 ? 1 : length < 10 ? 2 : 3;
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
    }

    /**
     * The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
     *
     * @param a one string
     * @param b another
     * @return the number of edits turning {@code a} into {@code b}
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
