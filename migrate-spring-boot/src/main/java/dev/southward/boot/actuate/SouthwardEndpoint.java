package dev.southward.boot.actuate;

import dev.southward.migrate.Southward;
import dev.southward.migrate.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * {@code /actuator/southward}: each Southward bean's apps and their migrations with their state (applied,
 * pending, or partial: between migrations), like Flyway's endpoint. Reads the history; changes nothing.
 */
@Endpoint(id = "southward")
public class SouthwardEndpoint {
    private final ApplicationContext context;

    /** @param context where the Southward beans are */
    public SouthwardEndpoint(ApplicationContext context) {
        this.context = context;
    }

    /** @return the listing of every Southward bean, by bean name */
    @ReadOperation
    public SouthwardBeans southwardBeans() {
        Map<String, SouthwardBean> beans = new LinkedHashMap<>();
        context.getBeansOfType(Southward.class).forEach((name, southward) -> beans.put(name, describe(southward.list())));
        return new SouthwardBeans(beans);
    }

    static SouthwardBean describe(Status status) {
        List<AppMigrations> apps = new ArrayList<>();
        int pending = 0;
        boolean between = false;
        for (Status.App app : status.apps()) {
            List<MigrationState> migrations = new ArrayList<>();
            for (Status.Entry e : app.migrations()) {
                migrations.add(new MigrationState(e.key().name(), e.state().name(), e.partial()));
                pending += e.state() == Status.State.PENDING ? 1 : 0;
                between |= e.state() == Status.State.PARTIAL;
            }
            apps.add(new AppMigrations(app.name(), migrations));
        }
        List<String> ghosts = status.ghosts().stream().map(Object::toString).toList();
        return new SouthwardBean(apps, ghosts, pending, between);
    }

    /**
     * The endpoint's answer.
     *
     * @param southwardBeans each Southward bean's listing, by bean name
     */
    public record SouthwardBeans(Map<String, SouthwardBean> southwardBeans) implements OperationResponseBody {
    }

    /**
     * One Southward bean's listing.
     *
     * @param apps              the apps in name order
     * @param ghosts            history rows without a migration file, as {@code app.name}
     * @param pending           how many migrations are not applied
     * @param betweenMigrations whether a migration stopped half-way (one has state {@code PARTIAL})
     */
    public record SouthwardBean(List<AppMigrations> apps, List<String> ghosts, int pending,
            boolean betweenMigrations) {
    }

    /**
     * One app.
     *
     * @param name       the app
     * @param migrations its migrations in dependency order
     */
    public record AppMigrations(String name, List<MigrationState> migrations) {
    }

    /**
     * One migration.
     *
     * @param name    e.g. {@code 0001_initial}
     * @param state   {@code APPLIED}, {@code PENDING} or {@code PARTIAL}
     * @param partial for {@code PARTIAL}: how far it got, e.g. {@code 1 of 2 statements applied}; else null
     */
    public record MigrationState(String name, String state, String partial) {
    }
}
