package dev.southward.migrate.jpa;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The {@code @Entity} classes of a package and its sub-packages on a class loader's class path, in directories and
 * jars, sorted by name. Classes are loaded without initialising them.
 */
final class PackageScan {
    private PackageScan() {
    }

    /**
     * Finds the entities.
     *
     * @param loader      the class loader whose class path is searched
     * @param packageName e.g. {@code com.example.shop}
     * @return the entity classes, sorted by name
     * @throws IllegalArgumentException when the package has no class on the class path, or a class cannot load
     */
    static List<Class<?>> entities(ClassLoader loader, String packageName) {
        if (!packageName.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
                + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*")) {
            throw new IllegalArgumentException("'" + packageName + "' is not a package name");
        }
        String path = packageName.replace('.', '/');
        TreeSet<String> classNames = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    inDirectory(new File(root.toURI()), packageName, classNames);
                } else if (root.getProtocol().equals("jar")) {
                    inJar(root, path, classNames);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot list package " + packageName, e);
        }
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("package " + packageName + " has no classes on the class path");
        }
        List<Class<?>> out = new ArrayList<>();
        for (String name : classNames) {
            Class<?> c = load(loader, name);
            if (c.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                out.add(c);
            }
        }
        return out;
    }

    private static void inDirectory(File dir, String packageName, TreeSet<String> out) {
        File[] files = dir.listFiles();
        if (files == null) {
            return;
        }
        for (File f : files) {
            String name = f.getName();
            if (f.isDirectory()) {
                inDirectory(f, packageName + "." + name, out);
            } else if (name.endsWith(".class") && !name.equals("module-info.class")
                    && !name.equals("package-info.class")) {
                out.add(packageName + "." + name.substring(0, name.length() - ".class".length()));
            }
        }
    }

    private static void inJar(URL root, String path, TreeSet<String> out) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(path + "/") && name.endsWith(".class") && !name.endsWith("module-info.class")
                        && !name.endsWith("package-info.class")) {
                    out.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("cannot load " + name + " while scanning for entities: " + e, e);
        }
    }

    /** The class loader to scan: the thread's context loader, else the one that loaded this module. */
    static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : PackageScan.class.getClassLoader();
    }
}
