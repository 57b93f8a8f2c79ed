package dev.southward.migrate.jpa;

import java.util.Locale;

/**
 * How the application's JPA provider names tables and columns, so that the tables Southward creates are the ones
 * Hibernate looks for. Implicit names (a join column {@code owner_id}, a join table) follow JPA as Hibernate
 * implements it; the physical strategy then transforms every name, explicit ones included.
 */
public enum JpaNaming {
    /**
     * Hibernate's defaults: {@code ImplicitNamingStrategyJpaCompliantImpl} and names used as they are (table
     * {@code Owner}, column {@code firstName}, join table {@code Owner_Pet}).
     */
    HIBERNATE,
    /**
     * Spring Boot's defaults: {@code SpringImplicitNamingStrategy} (a join table is the owner's table and the
     * attribute, {@code vet_specialties}) and {@code CamelCaseToUnderscoresNamingStrategy} (snake case, lower
     * case: {@code firstName} becomes {@code first_name}).
     */
    SPRING_BOOT;

    /**
     * The physical name of a logical one.
     *
     * @param logical the name from an annotation or an implicit rule
     * @return the name in the database
     */
    public String physical(String logical) {
        if (this == HIBERNATE) {
            return logical;
        }
        // Hibernate's PhysicalNamingStrategySnakeCaseImpl: an underscore before an upper-case letter that sits
        // between lower-case letters or digits, then all lower case.
        StringBuilder s = new StringBuilder(logical.replace('.', '_'));
        for (int i = 1; i < s.length() - 1; i++) {
            char before = s.charAt(i - 1);
            char current = s.charAt(i);
            char after = s.charAt(i + 1);
            if ((Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                    && (Character.isLowerCase(after) || Character.isDigit(after))) {
                s.insert(i++, '_');
            }
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The logical name of a many-to-many join table that {@code @JoinTable} does not name.
     *
     * @param ownerTable  the physical table of the owning entity
     * @param attribute   the owning attribute
     * @param targetTable the physical table of the other entity
     * @return the logical name
     */
    String joinTable(String ownerTable, String attribute, String targetTable) {
        return this == HIBERNATE ? ownerTable + "_" + targetTable : ownerTable + "_" + attribute;
    }
}
