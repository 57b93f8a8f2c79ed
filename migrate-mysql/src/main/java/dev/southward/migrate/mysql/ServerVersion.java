package dev.southward.migrate.mysql;

import dev.southward.migrate.SouthwardException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flavour and version of the server. Through JDBC, MariaDB reports itself as {@code 5.5.5-10.11.6-MariaDB}
 * (a prefix kept for old clients), so the real version is the one before {@code -MariaDB}.
 *
 * @param mariaDb whether the server is MariaDB
 * @param major   major version
 * @param minor   minor version
 * @param patch   patch version
 */
public record ServerVersion(boolean mariaDb, int major, int minor, int patch) {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    /**
     * Parses JDBC's product name and version; refuses servers older than MySQL 8.0 or MariaDB 10.6.
     *
     * @param productName    the database product name from JDBC metadata, e.g. {@code MySQL} or {@code MariaDB}
     * @param productVersion the product version from JDBC metadata, e.g. {@code 8.0.31} or {@code 5.5.5-10.11.6-MariaDB}
     * @return the flavour and version
     * @throws SouthwardException when the version cannot be read, or the server is too old
     */
    public static ServerVersion parse(String productName, String productVersion) {
        String v = productVersion == null ? "" : productVersion;
        boolean maria = v.contains("MariaDB") || (productName != null && productName.contains("MariaDB"));
        String relevant = maria && v.startsWith("5.5.5-") ? v.substring("5.5.5-".length()) : v;
        Matcher m = VERSION.matcher(relevant);
        if (!m.find()) {
            throw new SouthwardException("Cannot read the server version from '" + productVersion + "'");
        }
        ServerVersion s = new ServerVersion(maria, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (maria ? s.below(10, 6) : s.below(8, 0)) {
            throw new SouthwardException("Southward needs MySQL 8.0+ or MariaDB 10.6+, this server is " + s);
        }
        return s;
    }

    /**
     * Whether this version is older than {@code major.minor}.
     *
     * @param otherMajor the major version compared with
     * @param otherMinor the minor version compared with
     * @return true when this version comes before {@code otherMajor.otherMinor} (the patch is not compared)
     */
    public boolean below(int otherMajor, int otherMinor) {
        return major < otherMajor || (major == otherMajor && minor < otherMinor);
    }

    @Override
    public String toString() {
        return (mariaDb ? "MariaDB " : "MySQL ") + major + "." + minor + "." + patch;
    }
}
