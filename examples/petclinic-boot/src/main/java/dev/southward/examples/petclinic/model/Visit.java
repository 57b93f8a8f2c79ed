package dev.southward.examples.petclinic.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A pet's visit to the clinic. */
@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {
    @Column(name = "visit_date")
    private LocalDate date;

    private String description;

    /**
     * The day of the visit.
     *
     * @return the date
     */
    public LocalDate getDate() {
        return date;
    }

    /**
     * Sets the day of the visit.
     *
     * @param date the date
     */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /**
     * What was done.
     *
     * @return the description
     */
    public String getDescription() {
        return description;
    }

    /**
     * Sets what was done.
     *
     * @param description the description
     */
    public void setDescription(String description) {
        this.description = description;
    }
}
