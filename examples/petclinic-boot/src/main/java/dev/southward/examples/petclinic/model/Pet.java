package dev.southward.examples.petclinic.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A pet of some type, with its visits (the visits table holds the pet's key). */
@Entity
@Table(name = "pets")
public class Pet extends NamedEntity {
    @Column(name = "birth_date")
    private LocalDate birthDate;

    @ManyToOne
    @JoinColumn(name = "type_id")
    private PetType type;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "pet_id")
    @OrderBy("date ASC")
    private Set<Visit> visits = new LinkedHashSet<>();

    /**
     * The birth date.
     *
     * @return the date
     */
    public LocalDate getBirthDate() {
        return birthDate;
    }

    /**
     * Sets the birth date.
     *
     * @param birthDate the date
     */
    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    /**
     * The kind of pet.
     *
     * @return the type
     */
    public PetType getType() {
        return type;
    }

    /**
     * Sets the kind of pet.
     *
     * @param type the type
     */
    public void setType(PetType type) {
        this.type = type;
    }

    /**
     * The visits, oldest first.
     *
     * @return the visits (modifiable: saving the pet saves them)
     */
    public Set<Visit> getVisits() {
        return visits;
    }
}
