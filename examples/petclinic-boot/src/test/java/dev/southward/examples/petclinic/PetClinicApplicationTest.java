package dev.southward.examples.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.southward.examples.petclinic.model.Specialty;
import dev.southward.examples.petclinic.model.Vet;
import dev.southward.migrate.Southward;
import dev.southward.migrate.Status;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on H2 (in memory, fresh for this class), with its own application.properties: Southward migrates
 * before JPA, Hibernate's {@code ddl-auto=validate} accepts the result, the actuator lists the migrations as
 * applied, and the owners' and vets' APIs read and write the migrated tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:petclinic-test;DB_CLOSE_DELAY=-1")
@Import(StartupOrder.Config.class)
class PetClinicApplicationTest {
    static final List<String> MIGRATIONS = List.of("0001_initial", "0002_auto__add_field_owner_email");

    @Autowired
    StartupOrder order;
    @Autowired
    Environment environment;
    @Autowired
    Southward southward;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Value("${local.server.port}")
    int port;

    @Test
    void southwardMigratesBeforeJpaWhichOnlyValidates() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(order.events()).containsExactly("southward migrated", "jpa started");
        assertThat(applied(southward)).containsExactlyElementsOf(MIGRATIONS);
        assertThat(jdbc.queryForList("SELECT name FROM southward_history WHERE app = 'petclinic' ORDER BY name",
                String.class)).containsExactlyElementsOf(MIGRATIONS);
    }

    @Test
    void actuatorListsTheMigrationsAsApplied() {
        HttpResponse<String> response = new Http(port).get("/actuator/southward");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(endpointStates(json, response.body())).containsExactly(
                "0001_initial APPLIED", "0002_auto__add_field_owner_email APPLIED");
        assertThat(new Http(port).get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    @Autowired
    EntityManagerFactory jpa;

    @Test
    void ownersAreAddedAndListed() {
        assertOwnersApi(new Http(port), json);
    }

    @Test
    void vetsAreListedWithTheirSpecialties() {
        assertVetsApi(new Http(port), json, jpa);
    }

    /** The migrations Southward lists as applied. */
    static List<String> applied(Southward southward) {
        return southward.list().apps().stream().flatMap(a -> a.migrations().stream())
                .filter(m -> m.state() == Status.State.APPLIED).map(m -> m.key().name()).toList();
    }

    /** {@code name STATE} of each migration of app petclinic in the endpoint's JSON. */
    @SuppressWarnings("unchecked")
    static List<String> endpointStates(JsonMapper json, String body) {
        Map<String, Object> bean = (Map<String, Object>) ((Map<String, Object>) json.readValue(body, Map.class)
                .get("southwardBeans")).get("southward");
        List<Map<String, Object>> apps = (List<Map<String, Object>>) bean.get("apps");
        assertThat(apps).extracting(a -> a.get("name")).containsExactly("petclinic");
        assertThat(bean.get("pending")).isEqualTo(0);
        return ((List<Map<String, Object>>) apps.get(0).get("migrations")).stream()
                .map(m -> m.get("name") + " " + m.get("state")).toList();
    }

    /** POST /owners, then GET /owners (filtered), GET /owners/{id}, and a 404. */
    @SuppressWarnings("unchecked")
    static void assertOwnersApi(Http http, JsonMapper json) {
        HttpResponse<String> created = http.post("/owners", """
                {"firstName": "Betty", "lastName": "Davis", "address": "638 Cardinal Ave.", "city": "Sun Prairie",
                 "telephone": "6085551749", "email": "betty@example.org",
                 "pets": [{"name": "Basil", "birthDate": "2012-08-06",
                           "visits": [{"date": "2013-01-02", "description": "rabies shot"}]}]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        Map<String, Object> betty = json.readValue(created.body(), Map.class);
        assertThat(betty.get("id")).isInstanceOf(Integer.class);
        assertThat(created.headers().firstValue("Location")).contains("/owners/" + betty.get("id"));

        HttpResponse<String> list = http.get("/owners?lastName=Dav");
        assertThat(list.statusCode()).isEqualTo(200);
        List<Map<String, Object>> owners = json.readValue(list.body(), List.class);
        assertThat(owners).extracting(o -> o.get("lastName") + " " + o.get("email"))
                .containsExactly("Davis betty@example.org");
        assertThat(json.readValue(http.get("/owners?lastName=Zz").body(), List.class)).isEmpty();

        Map<String, Object> one = json.readValue(http.get("/owners/" + betty.get("id")).body(), Map.class);
        assertThat(one).containsEntry("city", "Sun Prairie");
        List<Map<String, Object>> pets = (List<Map<String, Object>>) one.get("pets");
        assertThat(pets).extracting(p -> p.get("name") + " " + p.get("birthDate")).containsExactly("Basil 2012-08-06");
        assertThat((List<Map<String, Object>>) pets.get(0).get("visits"))
                .extracting(v -> v.get("date") + " " + v.get("description")).containsExactly("2013-01-02 rabies shot");
        assertThat(http.get("/owners/999999").statusCode()).isEqualTo(404);
    }

    /** A vet with a specialty saved through JPA (the join table vet_specialties), then GET /vets. */
    @SuppressWarnings("unchecked")
    static void assertVetsApi(Http http, JsonMapper json, EntityManagerFactory jpa) {
        EntityManager em = jpa.createEntityManager();
        em.getTransaction().begin();
        Specialty radiology = new Specialty();
        radiology.setName("radiology");
        em.persist(radiology);
        Vet vet = new Vet();
        vet.setFirstName("Helen");
        vet.setLastName("Leary");
        vet.getSpecialties().add(radiology);
        em.persist(vet);
        em.getTransaction().commit();
        em.close();

        List<Map<String, Object>> vets = json.readValue(http.get("/vets").body(), List.class);
        assertThat(vets).extracting(v -> v.get("lastName") + " " + v.get("specialties"))
                .containsExactly("Leary [{id=" + radiology.getId() + ", name=radiology}]");
    }
}
