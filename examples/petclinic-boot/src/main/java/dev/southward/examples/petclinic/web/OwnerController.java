package dev.southward.examples.petclinic.web;

import dev.southward.examples.petclinic.model.Owner;
import dev.southward.examples.petclinic.model.OwnerRepository;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /owners}: list, find and add owners as JSON. */
@RestController
@RequestMapping("/owners")
public class OwnerController {
    private final OwnerRepository owners;

    /**
     * The controller over the owners.
     *
     * @param owners the repository
     */
    public OwnerController(OwnerRepository owners) {
        this.owners = owners;
    }

    /**
     * {@code GET /owners?lastName=Dav}: owners by last name.
     *
     * @param lastName the start of the last name; all owners without it
     * @return the owners with their pets
     */
    @GetMapping
    public List<Owner> list(@RequestParam(defaultValue = "") String lastName) {
        return owners.findByLastNameStartingWithOrderByLastName(lastName);
    }

    /**
     * {@code GET /owners/1}: one owner.
     *
     * @param id the owner's key
     * @return the owner with their pets
     * @throws ResponseStatusException 404 when there is no such owner
     */
    @GetMapping("/{id}")
    public Owner get(@PathVariable int id) {
        return owners.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No owner " + id));
    }

    /**
     * {@code POST /owners} with an owner as JSON: saves it (and its pets).
     *
     * @param owner the new owner
     * @return 201 with the saved owner and its location
     */
    @PostMapping
    public ResponseEntity<Owner> add(@RequestBody Owner owner) {
        Owner saved = owners.save(owner);
        return ResponseEntity.created(URI.create("/owners/" + saved.getId())).body(saved);
    }
}
