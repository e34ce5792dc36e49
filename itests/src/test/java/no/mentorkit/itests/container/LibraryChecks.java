package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;

/** Library calls shared by the library's container tests (composition: Pax Exam mixes inherited tests up). */
final class LibraryChecks {

    static final String PASSWORD = "fictional-walrus-password-1";

    final Http anonymous = new Http(MentorkitContainer.baseUrl());
    final Http admin;

    LibraryChecks() {
        assertTrue("Mentorkit answers /api/health", anonymous.awaitOk("/api/health", Duration.ofSeconds(60)));
        admin = anonymous.basic("admin", MentorkitContainer.ADMIN_PASSWORD);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    JsonNode search(Http who, String query) {
        Http.Answer a = who.get("/api/library/search?q=" + q(query));
        assertEquals(a.toString(), 200, a.status());
        return a.json();
    }

    /** Waits until the starter corpus is in the index (it loads in the background at first start). */
    JsonNode awaitCorpus(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            Http.Answer a = admin.get("/api/library/search?size=1");
            // Right after a (re)start the resource may not be registered yet: 404 until it is.
            if (a.status() == 200) {
                last = a.json();
                if (last.path("total").asLong() >= 40) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the starter corpus did not load: " + last);
    }

    Http user(String role) {
        String name = "lib-" + role + "-" + UUID.randomUUID().toString().substring(0, 6);
        Http.Answer created = admin.post("/api/users", Http.json("username", name, "displayName", "Fictional " + role,
                "roles", List.of(role), "password", PASSWORD));
        assertEquals(created.toString(), 201, created.status());
        return anonymous.basic(name, PASSWORD);
    }

    static String resource(String title, String body, String access) {
        return Http.json("title", title, "summary", "Fiktiv testressurs.", "body", body, "language", "nb", "topics",
                List.of("family"), "audience", List.of("mentor"), "year", 2025, "evidence", "practice", "access",
                access);
    }
}
