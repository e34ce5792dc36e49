package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;

/**
 * The API describes itself (issue 17 item 5): {@code /api/openapi.json} of the full distribution is valid OpenAPI 3,
 * holds every operation of every resource class the module bundles carry, names the roles and problem answers of a
 * protected operation, is refused to anonymous callers, and follows a module removed at runtime.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiIT {

    private static final String PASSWORD = "Fictional-openapi-admin-1";

    private Distribution dist;
    private Http admin;

    @BeforeAll
    void start() {
        dist = new Distribution("openapi", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        dist.start();
        admin = dist.http().basic("admin", PASSWORD);
        assertTrue(Http.await(() -> admin.get("/api/registry/mentors").status() == 200, Duration.ofSeconds(90)),
                "the modules are up");
    }

    @AfterAll
    void stop() {
        dist.close();
    }

    @Test
    @Order(1)
    void isValidOpenApi3() {
        Http.Answer doc = admin.get("/api/openapi.json");
        assertEquals(200, doc.status(), doc.toString());
        SwaggerParseResult parsed = new OpenAPIParser().readContents(doc.body(), null, null);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), () -> "valid: " + parsed.getMessages());
        assertTrue(parsed.getOpenAPI().getOpenapi().startsWith("3."), parsed.getOpenAPI().getOpenapi());
    }

    @Test
    @Order(2)
    void holdsEveryOperationOfEveryResourceClassInTheModuleBundles() throws Exception {
        JsonNode paths = admin.get("/api/openapi.json").json().path("paths");
        List<String> expected = operationsInBundles();
        assertTrue(expected.size() > 40, "the bundles' resources were found: " + expected);
        List<String> missing = new ArrayList<>();
        for (String operation : expected) {
            String[] verbAndPath = operation.split(" ", 2);
            if (paths.path(verbAndPath[1]).path(verbAndPath[0].toLowerCase()).isMissingNode()) {
                missing.add(operation);
            }
        }
        assertEquals(List.of(), missing, "operations missing from /api/openapi.json");
        assertTrue(paths.has("/openapi.json"), "the description describes itself");
    }

    @Test
    @Order(3)
    void aProtectedOperationNamesItsRolesAndProblemAnswers() {
        JsonNode doc = admin.get("/api/openapi.json").json();
        JsonNode status = doc.path("paths").path("/admin/status").path("get");
        assertEquals("[\"admin\"]", status.path("x-roles").toString(), status.toString());
        assertFalse(status.path("security").isEmpty(), status.toString());
        for (String code : List.of("400", "401", "403", "404", "409", "503")) {
            assertEquals("#/components/responses/Problem" + code, status.path("responses").path(code).path("$ref")
                    .asText(), code + " in " + status);
        }
        JsonNode problem = doc.path("components").path("responses").path("Problem403").path("content")
                .path("application/problem+json").path("schema").path("$ref");
        assertEquals("#/components/schemas/Problem", problem.asText());
        assertTrue(doc.path("components").path("schemas").path("Problem").path("properties").has("detail"));
        JsonNode health = doc.path("paths").path("/health").path("get");
        assertTrue(health.path("x-public").asBoolean(), "health is public: " + health);
        JsonNode mentor = doc.path("paths").path("/registry/mentors/{id}").path("get");
        assertEquals("path", mentor.path("parameters").path(0).path("in").asText(), mentor.toString());
    }

    @Test
    @Order(4)
    void anonymousCallersGetAProblem401() {
        Http.Answer a = dist.http().get("/api/openapi.json");
        assertEquals(401, a.status(), a.toString());
        assertTrue(a.header("Content-Type").startsWith("application/problem+json"), a.toString());
    }

    @Test
    @Order(5)
    void aModuleUninstalledAtRuntimeLeavesTheDescription() {
        assertTrue(admin.get("/api/openapi.json").json().path("paths").has("/library/search"));
        Http.Answer started = admin.post("/api/admin/modules/library/uninstall", "{}");
        assertEquals(202, started.status(), started.toString());
        assertTrue(Http.await(() -> !admin.get("/api/openapi.json").json().path("paths").has("/library/search"),
                Duration.ofSeconds(90)), "library's paths left the description");
        JsonNode paths = admin.get("/api/openapi.json").json().path("paths");
        paths.fieldNames().forEachRemaining(p -> assertFalse(p.startsWith("/library"), p));
        assertTrue(paths.has("/registry/mentors"), "the other modules stay");
    }

    /**
     * "GET /registry/mentors/{id}" for every HTTP-method annotated method of every class with {@code @Path} in the
     * Mentorkit bundles on the test class path (the jars the distribution is made of).
     */
    private static List<String> operationsInBundles() throws IOException, ClassNotFoundException {
        TreeSet<String> operations = new TreeSet<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File jar = new File(element);
            if (!jar.getName().startsWith("no.mentorkit.") || !element.endsWith(".jar")) {
                continue;
            }
            try (JarFile file = new JarFile(jar)) {
                for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    String name = entry.getName();
                    if (!name.endsWith(".class") || name.contains("$") || !mentions(file, entry, "Ljavax/ws/rs/Path;")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""), false,
                            OpenApiIT.class.getClassLoader());
                    Path base = type.getAnnotation(Path.class);
                    if (base != null) {
                        addOperations(type, base.value(), operations);
                    }
                }
            }
        }
        return new ArrayList<>(operations);
    }

    /** Whether the class file names the annotation, so only resource classes are loaded (others need embedded libraries). */
    private static boolean mentions(JarFile file, JarEntry entry, String descriptor) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(descriptor);
        }
    }

    private static void addOperations(Class<?> type, String base, TreeSet<String> operations) {
        for (Method m : type.getMethods()) {
            for (Annotation a : m.getAnnotations()) {
                HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    String path = ("/" + base + "/" + (sub == null ? "" : sub.value())).replaceAll("//+", "/")
                            .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
                    operations.add(verb.value() + " " + (path.length() > 1 ? path.replaceAll("/$", "") : path));
                }
            }
        }
    }
}
