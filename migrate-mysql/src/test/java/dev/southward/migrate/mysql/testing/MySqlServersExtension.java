package dev.southward.migrate.mysql.testing;

import dev.southward.migrate.testing.TestDatabase;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a {@code @TestTemplate} once per server of {@link MySqlServers#servers()} (with the same fail/skip rules),
 * injecting the {@link MySqlServer}, and a fresh {@link MySqlDatabase} or {@link TestDatabase} on it that is dropped
 * after the invocation:
 * <pre>
 * &#64;TestTemplate
 * &#64;ExtendWith(MySqlServersExtension.class)
 * void migrates(TestDatabase db) { ... }
 * </pre>
 * The alternative without this extension: a parameterized test with
 * {@code @MethodSource("dev.southward.migrate.mysql.testing.MySqlServers#servers")} and {@link MySqlDatabase#create}.
 */
public final class MySqlServersExtension implements TestTemplateInvocationContextProvider {
    private static final Set<Class<?>> INJECTED = Set.of(MySqlServer.class, MySqlDatabase.class, TestDatabase.class);
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MySqlServersExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        // Only templates that ask for a server or database; other providers' templates are left alone.
        return context.getTestMethod().map(Method::getParameterTypes).stream()
                .flatMap(Arrays::stream).anyMatch(INJECTED::contains);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return MySqlServers.servers().map(Invocation::new);
    }

    /** One run on one server: resolves the parameters and drops the database afterwards. */
    private record Invocation(MySqlServer server)
            implements TestTemplateInvocationContext, ParameterResolver, AfterEachCallback {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + invocationIndex + "] " + server.name();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return INJECTED.contains(parameter.getParameter().getType());
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            if (type == MySqlServer.class) {
                return server;
            }
            // One database per invocation, even if asked for both as MySqlDatabase and as TestDatabase.
            MySqlDatabase db = context.getStore(NS)
                    .getOrComputeIfAbsent(MySqlDatabase.class, k -> MySqlDatabase.create(server), MySqlDatabase.class);
            return type == TestDatabase.class ? db.testDatabase() : db;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            // Removed and closed here, not left to the store, so dropping never depends on JUnit's configuration.
            MySqlDatabase db = context.getStore(NS).remove(MySqlDatabase.class, MySqlDatabase.class);
            if (db != null) {
                db.close();
            }
        }
    }
}
