package dev.southward.examples.petclinic.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A pet owner. The pets table holds the owner's key: a one-to-many with a join column, as in PetClinic. */
@Entity
@Table(name = "owners")
public class Owner extends Person {
    @Column(name = "address")
    private String address;

    @Column(name = "city")
    private String city;

    @Column(name = "telephone")
    private String telephone;

    @Column(name = "email", length = 120)
    private String email;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    @OrderBy("name")
    private List<Pet> pets = new ArrayList<>();

    /**
     * The street address.
     *
     * @return the address
     */
    public String getAddress() {
        return address;
    }

    /**
     * Sets the street address.
     *
     * @param address the address
     */
    public void setAddress(String address) {
        this.address = address;
    }

    /**
     * The city.
     *
     * @return the city
     */
    public String getCity() {
        return city;
    }

    /**
     * Sets the city.
     *
     * @param city the city
     */
    public void setCity(String city) {
        this.city = city;
    }

    /**
     * The telephone number.
     *
     * @return the number
     */
    public String getTelephone() {
        return telephone;
    }

    /**
     * Sets the telephone number.
     *
     * @param telephone the number
     */
    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    /**
     * The e-mail address.
     *
     * @return the address, or null
     */
    public String getEmail() {
        return email;
    }

    /**
     * Sets the e-mail address.
     *
     * @param email the address
     */
    public void setEmail(String email) {
        this.email = email;
    }

    /**
     * The owner's pets, by name.
     *
     * @return the pets (modifiable: saving the owner saves them)
     */
    public List<Pet> getPets() {
        return pets;
    }
}
