package dev.southward.examples.petclinic.web;

import dev.southward.examples.petclinic.model.Vet;
import dev.southward.examples.petclinic.model.VetRepository;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /vets}: the vets and their specialties as JSON. */
@RestController
public class VetController {
    private final VetRepository vets;

    /**
     * The controller over the vets.
     *
     * @param vets the repository
     */
    public VetController(VetRepository vets) {
        this.vets = vets;
    }

    /**
     * {@code GET /vets}.
     *
     * @return every vet
     */
    @GetMapping("/vets")
    public List<Vet> list() {
        return vets.findAll();
    }
}
