package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;

/**
 * The module matrix's checks, over HTTP only, so they hold in any combination: the installation runs exactly the
 * modules it was given, each installed module passes its smoke test, the links between modules follow what is
 * installed, and the APIs and UIs of the others are absent.
 */
final class ModuleSmoke {

    /** The four user-facing modules; the form engine comes with assessment or ethics. */
    static final List<String> MODULES = List.of("registry", "library", "assessment", "ethics");

    private static final String PASSWORD = "fictional-walrus-password-1";
    private static final AtomicInteger SERIAL = new AtomicInteger(100 + (int) (Math.random() * 800));

    private final Http anonymous = new Http(MentorkitContainer.baseUrl());
    private final Http admin;

    ModuleSmoke() {
        assertTrue("Mentorkit answers /api/health", anonymous.awaitOk("/api/health", Duration.ofSeconds(90)));
        admin = anonymous.basic("admin", MentorkitContainer.ADMIN_PASSWORD);
    }

    /** Runs every check for an installation that should hold exactly these modules. */
    void installationHoldsExactly(String... expected) {
        Set<String> modules = new TreeSet<>(List.of(expected));
        for (String m : MODULES) {
            if (modules.contains(m)) {
                assertTrue(m + " API is up", awaitStatus(apiOf(m), 200));
            }
        }
        assertTrue("health is UP", anonymous.awaitOk("/api/health", Duration.ofSeconds(60)));

        Set<String> announced = new TreeSet<>();
        admin.get("/api/modules").json().forEach(m -> announced.add(m.path("id").asText()));
        boolean formsWanted = modules.contains("assessment") || modules.contains("ethics");
        Set<String> wanted = new TreeSet<>(modules);
        wanted.add("platform");
        if (formsWanted) {
            wanted.add("forms");
        }
        assertEquals("GET /api/modules", wanted, announced);

        JsonNode catalog = admin.get("/api/admin/modules").json();
        for (JsonNode m : catalog.path("modules")) {
            String id = m.path("id").asText();
            boolean shouldBe = id.equals("forms") ? formsWanted : modules.contains(id);
            assertEquals("Modules page: " + id + " installed", shouldBe, m.path("installed").asBoolean());
        }
        assertEquals("the Modules page lists every module and the engine", 5, catalog.path("modules").size());

        for (String m : MODULES) {
            if (modules.contains(m)) {
                smoke(m, modules.contains("registry"));
            } else {
                assertEquals(m + " API absent", 404, admin.get(apiOf(m)).status());
                assertEquals(m + " UI absent", 404, anonymous.get("/ui/" + m + "/" + m + ".js").status());
            }
        }
    }

    private void smoke(String module, boolean withRegistry) {
        assertEquals(module + " UI served", 200, anonymous.get("/ui/" + module + "/" + module + ".js").status());
        switch (module) {
            case "registry" -> registry();
            case "library" -> library();
            case "assessment" -> assessment(withRegistry);
            case "ethics" -> ethics(withRegistry);
            default -> throw new IllegalArgumentException(module);
        }
    }

    private void registry() {
        Http coordinator = user("coordinator");
        Http.Answer created = coordinator.post("/api/registry/mentors",
                RegistryFixture.json(RegistryFixture.profile("Matrise", null, null)));
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().path("id").asLong();
        JsonNode read = coordinator.get("/api/registry/mentors/" + id).json();
        assertEquals("Matrise (fiktiv)", read.path("profile").path("name").asText());
    }

    private void library() {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        long total = 0;
        while (total < 40 && System.nanoTime() < end) {
            Http.Answer a = admin.get("/api/library/search?size=1");
            total = a.status() == 200 ? a.json().path("total").asLong() : 0;
            sleep(250);
        }
        assertTrue("the starter corpus is searchable: " + total, total >= 40);
        JsonNode found = user("mentor").get("/api/library/search?q=fremmedkrigere").json();
        assertTrue("an inflected word finds resources: " + found, found.path("total").asLong() > 0);
    }

    private void assessment(boolean withRegistry) {
        AssessmentChecks.await("three published instruments", () -> {
            JsonNode list = admin.get("/api/assessment/forms").json();
            return list.size() >= 3 ? list : null;
        });
        Http mentor = user("mentor");
        assertEquals("the registry link follows the registry", withRegistry,
                mentor.get("/api/assessment/subjects").json().path("registry").asBoolean());
        assertEquals(200, mentor.get("/api/assessment/due").status());
        if (!withRegistry) {
            // The progress review needs no recorded training (the structured instruments do).
            JsonNode a = AssessmentChecks.create(mentor, caseCode(), "progress-review");
            assertTrue(a.toString(), a.path("id").asLong() > 0);
        }
    }

    private void ethics(boolean withRegistry) {
        JsonNode checklists = AssessmentChecks.await("the four shipped checklists", () -> {
            JsonNode list = admin.get("/api/ethics/checklists").json();
            return list.size() >= 4 ? list : null;
        });
        assertTrue(checklists.toString(), checklists.toString().contains("course-session"));
        Http mentor = user("mentor");
        assertEquals("the registry link follows the registry", withRegistry,
                mentor.get("/api/ethics/subjects").json().path("registry").asBoolean());
        assertEquals(200, mentor.get("/api/ethics/due").status());
        if (!withRegistry) {
            JsonNode c = EthicsChecks.start(mentor, "course:" + caseCode(), "course-session");
            assertEquals("draft", c.path("summary").path("status").asText());
        }
    }

    private static String apiOf(String module) {
        return switch (module) {
            case "registry" -> "/api/registry/mentors";
            case "library" -> "/api/library/search?size=1";
            case "assessment" -> "/api/assessment/forms";
            case "ethics" -> "/api/ethics/checklists";
            default -> throw new IllegalArgumentException(module);
        };
    }

    private Http user(String role) {
        String name = "mx-" + role.substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer a = admin.post("/api/users", Http.json("username", name, "displayName", "Fictional " + role,
                "roles", List.of(role), "password", PASSWORD));
        assertEquals(a.toString(), 201, a.status());
        return anonymous.basic(name, PASSWORD);
    }

    private boolean awaitStatus(String path, int status) {
        return RegistryFixture.awaitStatus(admin, path, status);
    }

    private static String caseCode() {
        return "MTX-2026-" + SERIAL.incrementAndGet();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
