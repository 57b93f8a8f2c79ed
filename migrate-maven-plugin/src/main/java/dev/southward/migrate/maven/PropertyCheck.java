package dev.southward.migrate.maven;

import dev.southward.migrate.questioner.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Catches a mistyped or outdated {@code -D} property before a goal runs: {@code -Ddry-run} or {@code -Dtaget=0001}
 * would otherwise be ignored and the goal would migrate for real. A command-line property is refused when it is no
 * property of any goal of the plugin and is a near miss of one of the running goal's properties, starts with
 * {@code southward.}, or is a setting's name from before the {@code southward.} prefix.
 */
final class PropertyCheck {
    /** The settings' names before they got the {@code southward.} prefix. */
    static final Map<String, String> RENAMED = Map.of("url", "southward.url", "user", "southward.user",
            "password", "southward.password", "serverId", "southward.serverId", "skip", "southward.skip",
            "migrationsDirectory", "southward.migrationsDirectory", "lock-timeout", "southward.lockTimeout");

    private final Set<String> goal;
    private final Set<String> plugin;

    /**
     * @param goal   the properties of the running goal
     * @param plugin the properties of every goal of the plugin (including {@code goal}'s)
     */
    PropertyCheck(Collection<String> goal, Collection<String> plugin) {
        this.goal = new TreeSet<>(goal);
        this.plugin = new TreeSet<>(plugin);
        this.plugin.addAll(goal);
    }

    /**
     * Fails naming every suspicious property of {@code userProperties} (those given with {@code -D}).
     *
     * @param userProperties the session's user properties
     * @param goalName       e.g. {@code migrate:migrate}, for the message
     * @throws MojoFailureException when any is suspicious; nothing has run yet
     */
    void check(Properties userProperties, String goalName) throws MojoFailureException {
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(userProperties.stringPropertyNames())) {
            problem(name, goalName).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException(String.join("\n", problems) + "\nNothing was run. The properties of "
                    + goalName + " are listed by mvn migrate:help -Ddetail -Dgoal=" + goalName.substring(
                    goalName.indexOf(':') + 1) + ".");
        }
    }

    /** Why {@code name} looks like a mistake, if it does. */
    Optional<String> problem(String name, String goalName) {
        if (plugin.contains(name)) {
            return Optional.empty();
        }
        if (RENAMED.containsKey(name)) {
            return Optional.of("-D" + name + " is now -D" + RENAMED.get(name) + ": the connection and behaviour "
                    + "settings carry the prefix southward., so that ordinary properties are not taken for them.");
        }
        Optional<String> near = Suggestions.closest(name, goal);
        if (near.isPresent()) {
            return Optional.of("-D" + name + " is no property of " + goalName + "; did you mean -D" + near.get()
                    + "?");
        }
        if (name.startsWith("southward.")) {
            Optional<String> setting = Suggestions.closest(name, plugin);
            return Optional.of("-D" + name + " is no Southward setting" + setting.map(s -> "; did you mean -D" + s
                    + "?").orElse(" (the settings: " + String.join(", ", plugin.stream()
                    .filter(p -> p.startsWith("southward.")).toList()) + ")."));
        }
        return Optional.empty();
    }
}
