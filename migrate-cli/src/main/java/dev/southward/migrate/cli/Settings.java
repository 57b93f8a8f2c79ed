package dev.southward.migrate.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The resolved settings of a run: a flag wins over an environment variable, which wins over
 * {@code southward.properties} in the working directory. The file takes the flags' names (or the Maven plugin's
 * {@code southward.}-prefixed property names) and never a password: it names the variable holding it.
 *
 * @param url          JDBC URL; null when none is configured
 * @param user         database user, empty for none
 * @param password     database password, empty for none; never printed
 * @param classpath    folders and jars, relative ones resolved against the working directory
 * @param migrations   the migrations folder, or null to read them from the classpath
 * @param apps         comma-separated {@code @App} classes, or null to scan
 * @param lockTimeout  the lock timeout, or null for the default
 * @param historyTable the history table, or null for the default
 * @param workingDir   the working directory
 */
record Settings(String url, String user, String password, List<String> classpath, Path migrations, String apps,
        Duration lockTimeout, String historyTable, Path workingDir) {
    /** The file read from the working directory. */
    static final String FILE = "southward.properties";
    private static final Set<String> KEYS = Set.of("url", "user", "password-env", "classpath", "migrations", "apps",
            "lock-timeout", "history-table");

    /**
     * Resolves the settings of a run.
     *
     * @param o          the flags
     * @param env        the environment
     * @param workingDir where relative paths and {@value #FILE} are looked up
     * @return the settings
     * @throws UsageException for a bad file, an unknown key or an unset password variable
     */
    static Settings resolve(CommonOptions o, Map<String, String> env, Path workingDir) {
        Properties file = load(workingDir.resolve(FILE));
        String url = first(o.url, env.get("SOUTHWARD_URL"), file.getProperty("url"));
        String user = first(o.user, env.get("SOUTHWARD_USER"), file.getProperty("user"));
        String password = password(o, env, file.getProperty("password-env"));
        List<String> cp = new ArrayList<>(o.classpath);
        if (cp.isEmpty() && file.getProperty("classpath") != null) {
            cp.add(file.getProperty("classpath"));
        }
        String migrations = first(o.migrations, null, file.getProperty("migrations"));
        return new Settings(blankToNull(url), user == null ? "" : user, password, cp,
                migrations == null ? null : workingDir.resolve(migrations).normalize(),
                first(o.apps, null, file.getProperty("apps")),
                lockTimeout(first(o.lockTimeout, null, file.getProperty("lock-timeout"))),
                first(o.historyTable, null, file.getProperty("history-table")), workingDir);
    }

    private static String password(CommonOptions o, Map<String, String> env, String fileVariable) {
        if (o.password != null) {
            return new String(o.password);
        }
        String variable = first(o.passwordEnv, null, fileVariable);
        if (variable != null) {
            String value = env.get(variable);
            if (value == null) {
                throw new UsageException("--password-env " + variable + ": the environment variable " + variable
                        + " is not set");
            }
            return value;
        }
        return env.getOrDefault("SOUTHWARD_PASSWORD", "");
    }

    private static Properties load(Path path) {
        Properties raw = new Properties();
        if (!Files.isRegularFile(path)) {
            return raw;
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            raw.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("Cannot read " + path + ": " + e.getMessage());
        }
        Properties out = new Properties();
        for (String name : raw.stringPropertyNames()) {
            String key = name.startsWith("southward.") ? name.substring("southward.".length()) : name;
            if (key.equals("password")) {
                throw new UsageException(path + ": a password does not belong in a file; set SOUTHWARD_PASSWORD "
                        + "or name the variable holding it with password-env=VAR");
            }
            if (!KEYS.contains(key)) {
                throw new UsageException(path + ": unknown setting '" + name + "' (known: " + KEYS.stream().sorted()
                        .toList() + ")");
            }
            out.setProperty(key, raw.getProperty(name).strip());
        }
        return out;
    }

    /**
     * A lock timeout in seconds ({@code 120}) or ISO-8601 ({@code PT2M}).
     *
     * @param value the text, or null
     * @return the duration, or null for none
     */
    static Duration lockTimeout(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return v.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
        } catch (RuntimeException e) {
            throw new UsageException("--lock-timeout " + v + " is neither a number of seconds nor an ISO-8601 "
                    + "duration such as PT2M");
        }
    }

    /**
     * The URL, or a usage error for the commands that need a database.
     *
     * @return the JDBC URL
     */
    String requireUrl() {
        if (url == null) {
            throw new UsageException("No database: give --url JDBC_URL, set SOUTHWARD_URL, or put url=... in "
                    + FILE);
        }
        return url;
    }

    private static String first(String flag, String env, String file) {
        return flag != null ? flag : env != null ? env : file;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
