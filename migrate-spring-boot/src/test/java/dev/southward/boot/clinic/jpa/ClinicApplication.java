package dev.southward.boot.clinic.jpa;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with JPA on the clinic tables; Hibernate only validates them. */
@SpringBootApplication
public class ClinicApplication {
}
