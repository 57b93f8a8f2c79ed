package dev.southward.boot;

import dev.southward.migrate.Southward;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code southward.*} properties of the auto-configuration; every one is described in docs/spring-boot.md.
 */
@ConfigurationProperties(prefix = "southward")
public class SouthwardProperties {
    /** What start-up does when a migration stopped half-way and the database is between migrations. */
    public enum BetweenMigrations {
        /** Refuse to start; the failure is Southward's report of where the migration stopped (the default). */
        FAIL,
        /** Run the rest of the stopped migration (after checking the part that ran), then migrate. */
        RESUME,
        /** Undo what the stopped migration ran, then migrate (so it is tried again). */
        REVERT,
        /** Log the report at ERROR and start without migrating. */
        IGNORE
    }

    private boolean enabled = true;
    private List<String> apps = new ArrayList<>();
    private List<String> packages = new ArrayList<>();
    private String location = Southward.DEFAULT_LOCATION;
    private Path directory;
    private String historyTable = Southward.DEFAULT_HISTORY_TABLE;
    private Duration lockTimeout = Southward.DEFAULT_LOCK_TIMEOUT;
    private BetweenMigrations betweenMigrations = BetweenMigrations.FAIL;
    private boolean dryRun;
    private boolean ignoreGhosts;
    private String url;
    private String user;
    private String password;
    private String driverClassName;

    /** @return whether Southward migrates at start-up (and its beans exist); default true */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether Southward migrates at start-up */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return fully qualified names of {@code @App} classes, given to {@link Southward#withApps} */
    public List<String> getApps() {
        return apps;
    }

    /** @param apps fully qualified names of {@code @App} classes */
    public void setApps(List<String> apps) {
        this.apps = apps;
    }

    /** @return packages scanned (with sub-packages) for {@code @App} classes, added to {@link #getApps()} */
    public List<String> getPackages() {
        return packages;
    }

    /** @param packages packages to scan for {@code @App} classes */
    public void setPackages(List<String> packages) {
        this.packages = packages;
    }

    /** @return the classpath folder of the migrations; a leading {@code classpath:} is accepted */
    public String getLocation() {
        return location;
    }

    /** @param location the classpath folder of the migrations */
    public void setLocation(String location) {
        this.location = location;
    }

    /** @return a file-system folder read instead of {@link #getLocation()}, or null */
    public Path getDirectory() {
        return directory;
    }

    /** @param directory a file-system folder of migrations, read instead of the classpath */
    public void setDirectory(Path directory) {
        this.directory = directory;
    }

    /** @return the history table's name */
    public String getHistoryTable() {
        return historyTable;
    }

    /** @param historyTable the history table's name */
    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    /** @return how long start-up waits for another process's migration lock */
    public Duration getLockTimeout() {
        return lockTimeout;
    }

    /** @param lockTimeout how long start-up waits for another process's migration lock */
    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** @return what start-up does when the database is between migrations */
    public BetweenMigrations getBetweenMigrations() {
        return betweenMigrations;
    }

    /** @param betweenMigrations what start-up does when the database is between migrations */
    public void setBetweenMigrations(BetweenMigrations betweenMigrations) {
        this.betweenMigrations = betweenMigrations;
    }

    /** @return whether start-up only dry-runs, failing with the plan when anything is pending */
    public boolean isDryRun() {
        return dryRun;
    }

    /** @param dryRun whether start-up only dry-runs and fails when anything is pending */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** @return whether start-up goes on although the history has migrations without a file */
    public boolean isIgnoreGhosts() {
        return ignoreGhosts;
    }

    /** @param ignoreGhosts whether start-up goes on despite ghost migrations */
    public void setIgnoreGhosts(boolean ignoreGhosts) {
        this.ignoreGhosts = ignoreGhosts;
    }

    /** @return the JDBC URL of Southward's own data source, or null to use the application's */
    public String getUrl() {
        return url;
    }

    /** @param url the JDBC URL of Southward's own data source */
    public void setUrl(String url) {
        this.url = url;
    }

    /** @return the user of Southward's own data source */
    public String getUser() {
        return user;
    }

    /** @param user the user of Southward's own data source */
    public void setUser(String user) {
        this.user = user;
    }

    /** @return the password of Southward's own data source */
    public String getPassword() {
        return password;
    }

    /** @param password the password of Southward's own data source */
    public void setPassword(String password) {
        this.password = password;
    }

    /** @return the JDBC driver class of Southward's own data source; derived from the URL when null */
    public String getDriverClassName() {
        return driverClassName;
    }

    /** @param driverClassName the JDBC driver class of Southward's own data source */
    public void setDriverClassName(String driverClassName) {
        this.driverClassName = driverClassName;
    }
}
