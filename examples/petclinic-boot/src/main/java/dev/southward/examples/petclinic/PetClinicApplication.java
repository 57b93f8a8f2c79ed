package dev.southward.examples.petclinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring PetClinic's model on Spring Boot. At start-up Southward's auto-configuration applies the migrations in
 * {@code southward/migrations} before JPA starts, and Hibernate only validates the schema
 * ({@code spring.jpa.hibernate.ddl-auto=validate}).
 */
@SpringBootApplication
public class PetClinicApplication {
    /**
     * Starts the application: on the embedded H2 file {@code target/petclinic/h2} by default, on MariaDB with the
     * profile {@code mariadb}.
     *
     * @param args Spring Boot's arguments, e.g. {@code --spring.profiles.active=mariadb}
     */
    public static void main(String[] args) {
        SpringApplication.run(PetClinicApplication.class, args);
    }
}
