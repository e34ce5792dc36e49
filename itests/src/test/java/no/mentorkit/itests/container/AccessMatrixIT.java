package no.mentorkit.itests.container;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import no.mentorkit.itests.support.Http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Issue 16, "a test that keeps it so": every role (anonymous, two mentors, the supervisor of the first, a coordinator,
 * an admin) against every endpoint of every module, on own, other and missing records, with the outcome written down
 * per case. The endpoints are read from the JAX-RS resources registered in the running distribution, so an endpoint
 * added without cases here fails the test.
 *
 * <p>Writes are sent with an empty or invalid body: 400 means the caller got past every access check to validation,
 * so the matrix checks who may, without changing data. A record the caller may not see answers 404, exactly as a
 * missing one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessMatrixIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options();
    }

    @Inject
    private BundleContext context;

    /** Column order of the expected statuses in each case. */
    private static final List<String> ROLES = List.of("anonymous", "mentorA", "mentorB", "supervisor", "coordinator",
            "admin");

    /** One request and what each role gets, e.g. {@code "401 200 404 200 200 200"}. */
    record Case(String endpoint, String path, String body, String expected) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void c(String endpoint, String path, String body, String expected) {
        CASES.add(new Case(endpoint, path, body, expected));
    }

    private static void c(String endpoint, String expected) {
        c(endpoint, endpoint.substring(endpoint.indexOf(' ') + 1), null, expected);
    }

    static {
        // --- platform ---
        c("GET /api/health", "200 200 200 200 200 200");
        c("GET /api/modules", "401 200 200 200 200 200");
        c("GET /api/openapi.json", "401 200 200 200 200 200");
        c("GET /api/admin/modules", "401 403 403 403 403 200");
        c("POST /api/admin/modules/{id}/install", "/api/admin/modules/no-such-module/install", "", "401 403 403 403 403 404");
        c("POST /api/admin/modules/{id}/uninstall", "/api/admin/modules/no-such-module/uninstall", "", "401 403 403 403 403 404");
        c("GET /api/admin/modules/changes/{n}", "/api/admin/modules/changes/999999", null, "401 403 403 403 403 404");
        c("GET /api/admin/status", "401 403 403 403 403 200");
        c("GET /api/statistics", "401 403 403 403 200 200");
        c("GET /api/admin/backups", "401 403 403 403 403 200");
        c("POST /api/admin/backups", "/api/admin/backups", "", "401 403 403 403 403 201");
        c("GET /api/admin/retention", "401 403 403 403 403 200");
        c("GET /api/personal-data", "401 200 200 200 200 200");
        c("GET /api/personal-data/{id}", "/api/personal-data/987654321", null, "401 403 403 403 403 404");
        c("PUT /api/admin/retention/{module}/{kind}", "/api/admin/retention/no-such-module/no-kind",
                "{\"keepDays\":1,\"action\":\"DELETE\"}", "401 403 403 403 403 404");
        c("POST /api/admin/retention/runs", "/api/admin/retention/runs", "", "401 403 403 403 403 200");
        c("GET /api/admin/retention/holds", "401 403 403 403 403 200");
        c("POST /api/admin/retention/holds", "/api/admin/retention/holds", "{}", "401 403 403 403 403 400");
        c("POST /api/admin/retention/holds/{id}/lift", "/api/admin/retention/holds/999999/lift", "",
                "401 403 403 403 403 404");
        c("GET /api/users", "401 403 403 403 403 200");
        c("POST /api/users", "/api/users", "{}", "401 403 403 403 403 400");
        c("GET /api/users/{username}", "/api/users/{userA}", null, "401 403 403 403 403 200");
        c("GET /api/users/{username}", "/api/users/no-such-user", null, "401 403 403 403 403 404");
        c("PATCH /api/users/{username}", "/api/users/{userA}", "{\"displayName\":\"\"}", "401 403 403 403 403 400");
        c("POST /api/users/{username}/password", "/api/users/{userA}/password", "{}", "401 403 403 403 403 400");
        c("GET /api/audit", "401 403 403 403 403 200");
        c("GET /api/audit/verify", "401 403 403 403 403 200");
        c("POST /api/session", "/api/session", "{}", "400 400 400 400 400 400");
        c("GET /api/session", "401 200 200 200 200 200");
        c("DELETE /api/session", "401 204 204 204 204 204");
        c("POST /api/session/password", "/api/session/password", "{}", "401 400 400 400 400 400");

        // --- registry: profiles (A is mentorA's, supervised by the supervisor; B is mentorB's) ---
        c("GET /api/registry/codes", "401 200 200 200 200 200");
        c("GET /api/registry/mentors", "401 200 200 200 200 200");
        c("POST /api/registry/mentors", "/api/registry/mentors", "{}", "401 403 403 403 400 400");
        c("GET /api/registry/mentors/{id}", "/api/registry/mentors/{mentorA}", null, "401 200 404 200 200 200");
        c("GET /api/registry/mentors/{id}", "/api/registry/mentors/{mentorB}", null, "401 404 200 404 200 200");
        c("GET /api/registry/mentors/{id}", "/api/registry/mentors/999999999", null, "401 404 404 404 404 404");
        c("PUT /api/registry/mentors/{id}", "/api/registry/mentors/{mentorA}", "{}", "401 403 403 403 400 400");
        c("GET /api/registry/mentors/{id}/eligibility", "/api/registry/mentors/{mentorA}/eligibility", null,
                "401 200 404 200 200 200");
        c("GET /api/registry/mentors/{id}/eligibility", "/api/registry/mentors/999999999/eligibility", null,
                "401 404 404 404 404 404");
        c("GET /api/registry/mentors/{id}/supervision", "/api/registry/mentors/{mentorB}/supervision", null,
                "401 404 200 404 200 200");
        c("POST /api/registry/mentors/{id}/supervision", "/api/registry/mentors/{mentorA}/supervision", "{}",
                "401 403 404 400 400 400");
        c("POST /api/registry/mentors/{id}/supervision", "/api/registry/mentors/{mentorB}/supervision", "{}",
                "401 404 403 404 400 400");
        c("GET /api/registry/due", "401 200 200 200 200 200");
        c("GET /api/registry/accounts", "/api/registry/accounts?role=mentor", null, "401 403 403 403 200 200");
        c("GET /api/registry/accounts", "/api/registry/accounts", null, "401 403 403 403 400 400");

        // --- registry: courses (A is mentorA's course, B mentorB's) ---
        c("GET /api/registry/courses", "401 200 200 200 200 200");
        c("POST /api/registry/courses", "/api/registry/courses", "{}", "401 403 403 403 400 400");
        c("GET /api/registry/courses/{code}", "/api/registry/courses/{courseA}", null, "401 200 404 200 200 200");
        c("GET /api/registry/courses/{code}", "/api/registry/courses/{courseB}", null, "401 404 200 404 200 200");
        c("GET /api/registry/courses/{code}", "/api/registry/courses/ITS-2026-99999", null, "401 404 404 404 404 404");
        c("PUT /api/registry/courses/{code}", "/api/registry/courses/{courseA}", "{}", "401 403 403 403 400 400");
        c("PUT /api/registry/courses/{code}", "/api/registry/courses/ITS-2026-99999", "{}", "401 403 403 403 404 404");
        c("POST /api/registry/courses/{code}/status", "/api/registry/courses/{courseA}/status", "{}",
                "401 403 403 403 400 400");
        c("POST /api/registry/courses/{code}/mentor", "/api/registry/courses/{courseA}/mentor", "{}",
                "401 403 403 403 400 400");
        c("POST /api/registry/courses/{code}/sessions", "/api/registry/courses/{courseA}/sessions", "{}",
                "401 400 404 403 400 400");
        c("POST /api/registry/courses/{code}/sessions", "/api/registry/courses/{courseB}/sessions", "{}",
                "401 404 400 404 400 400");
        c("POST /api/registry/match", "/api/registry/match", "{}", "401 403 403 403 400 400");
        c("POST /api/registry/match/confirm", "/api/registry/match/confirm", "{}", "401 403 403 403 400 400");
        c("GET /api/registry/networks/meetings", "401 200 200 200 200 200");
        c("POST /api/registry/networks/meetings", "/api/registry/networks/meetings", "{}", "401 403 403 403 400 400");

        // --- assessment (admins do not read assessments) ---
        c("GET /api/assessment/subjects", "401 200 200 200 200 403");
        c("GET /api/assessment/assessments", "401 200 200 200 200 403");
        c("GET /api/assessment/assessments", "/api/assessment/assessments?caseCode={courseA}", null,
                "401 200 200 200 200 403");
        c("POST /api/assessment/assessments", "/api/assessment/assessments", "{}", "401 400 400 400 400 403");
        c("GET /api/assessment/assessments/{id}", "/api/assessment/assessments/{assessmentA}", null,
                "401 200 404 200 200 403");
        c("GET /api/assessment/assessments/{id}", "/api/assessment/assessments/999999999", null,
                "401 404 404 404 404 403");
        c("PUT /api/assessment/assessments/{id}", "/api/assessment/assessments/{assessmentA}", "{}",
                "401 400 404 403 403 403");
        c("POST /api/assessment/assessments/{id}/submit", "/api/assessment/assessments/{assessmentA}/submit", "{}",
                "401 400 404 403 403 403");
        c("PUT /api/assessment/assessments/{id}/due", "/api/assessment/assessments/{assessmentA}/due", "{}",
                "401 400 404 403 400 403");
        c("GET /api/assessment/assessments/{id}/agreement", "/api/assessment/assessments/{assessmentA}/agreement",
                null, "401 404 404 404 404 403");
        c("GET /api/assessment/assessments/{id}/fhir", "/api/assessment/assessments/{assessmentA}/fhir", null,
                "401 409 404 409 409 403");
        c("GET /api/assessment/assessments/{id}/fhir", "/api/assessment/assessments/999999999/fhir", null,
                "401 404 404 404 404 403");
        c("GET /api/assessment/due", "401 200 200 200 200 403");
        c("GET /api/assessment/timeline", "/api/assessment/timeline?caseCode={courseA}", null,
                "401 200 200 200 200 403");
        c("GET /api/assessment/timeline", "/api/assessment/timeline", null, "401 400 400 400 400 403");
        c("GET /api/assessment/training", "401 403 403 403 403 200");
        c("POST /api/assessment/training", "/api/assessment/training", "{}", "401 403 403 403 403 400");
        c("GET /api/assessment/training/me", "401 200 200 200 200 200");
        c("GET /api/assessment/forms", "401 200 200 200 200 200");
        c("GET /api/assessment/forms/{id}/{version}", "/api/assessment/forms/no-such-form/1.0.0", null,
                "401 404 404 404 404 404");

        // --- forms (the admin API for every kind a module claims) ---
        c("GET /api/forms", "401 403 403 403 200 200");
        c("GET /api/forms/kinds", "401 403 403 403 200 200");
        c("GET /api/forms/deployments", "401 403 403 403 200 200");
        c("POST /api/forms", "/api/forms", "{}", "401 403 403 403 403 400");
        c("GET /api/forms/{id}/{version}/fhir", "/api/forms/initial-screening/1.0.0/fhir", null,
                "401 403 403 403 200 200");
        c("POST /api/forms/{id}/{version}/publish", "/api/forms/no-such-form/1.0.0/publish", "",
                "401 403 403 403 403 404");
        c("POST /api/forms/{id}/{version}/retire", "/api/forms/no-such-form/1.0.0/retire", "",
                "401 403 403 403 403 404");

        // --- ethics (the completion is mentorA's start checklist of course A) ---
        c("GET /api/ethics/completions", "401 200 200 200 200 200");
        c("POST /api/ethics/completions", "/api/ethics/completions", "{}", "401 400 400 400 400 403");
        c("GET /api/ethics/completions/{id}", "/api/ethics/completions/{completionA}", null, "401 200 404 200 200 200");
        c("GET /api/ethics/completions/{id}", "/api/ethics/completions/999999999", null, "401 404 404 404 404 404");
        c("GET /api/ethics/completions/{id}/fhir", "/api/ethics/completions/{completionA}/fhir", null,
                "401 409 404 409 409 409");
        c("GET /api/ethics/completions/{id}/fhir", "/api/ethics/completions/999999999/fhir", null,
                "401 404 404 404 404 404");
        c("PUT /api/ethics/completions/{id}", "/api/ethics/completions/{completionA}", "{}", "401 400 404 403 403 403");
        c("POST /api/ethics/completions/{id}/sign", "/api/ethics/completions/{completionA}/sign", "{}",
                "401 400 404 403 403 403");
        c("POST /api/ethics/completions/{id}/countersign", "/api/ethics/completions/{completionA}/countersign", "{}",
                "401 403 403 400 400 403");
        c("GET /api/ethics/courses/{caseCode}/report", "/api/ethics/courses/{courseA}/report", null,
                "401 200 403 200 200 200");
        c("GET /api/ethics/courses/{caseCode}/report", "/api/ethics/courses/ITS-2026-99999/report", null,
                "401 403 403 403 200 200");
        c("GET /api/ethics/due", "401 200 200 200 200 200");
        c("GET /api/ethics/subjects", "401 200 200 200 200 200");
        c("GET /api/ethics/checklists", "401 200 200 200 200 200");
        c("GET /api/ethics/checklists/{id}/{version}", "/api/ethics/checklists/no-such-list/1.0.0", null,
                "401 404 404 404 404 404");
        c("GET /api/ethics/guidelines", "401 200 200 200 200 200");
        c("GET /api/ethics/guidelines/versions", "401 200 200 200 200 200");
        c("POST /api/ethics/guidelines", "/api/ethics/guidelines", "{}", "401 403 403 403 403 400");
        c("POST /api/ethics/guidelines/{version}/accept", "/api/ethics/guidelines/999999/accept", "",
                "401 404 404 404 404 404");
        c("GET /api/ethics/guidelines/acceptances", "401 403 403 403 200 200");
        c("GET /api/ethics/requirements", "401 200 200 200 200 200");
        c("PUT /api/ethics/requirements", "/api/ethics/requirements", "{}", "401 403 403 403 403 400");
        c("GET /api/ethics/disclosures", "401 200 200 200 200 200");
        c("POST /api/ethics/disclosures", "/api/ethics/disclosures", "{}", "401 400 400 400 400 403");

        // --- library ---
        c("GET /api/library/documents", "401 200 200 200 200 200");
        c("GET /api/library/documents/{id}", "/api/library/documents/999999999", null, "401 404 404 404 404 404");
        c("POST /api/library/documents", "/api/library/documents", "{}", "401 403 403 403 400 400");
        c("PUT /api/library/documents/{id}", "/api/library/documents/999999999", "{}", "401 403 403 403 400 400");
        c("DELETE /api/library/documents/{id}", "/api/library/documents/999999999", null, "401 403 403 403 404 404");
        c("POST /api/library/upload", "/api/library/upload", "x", "401 403 403 403 400 400");
        c("POST /api/library/documents/{id}/attachments", "/api/library/documents/999999999/attachments", "x",
                "401 403 403 403 400 400");
        c("GET /api/library/attachments/{id}", "/api/library/attachments/999999999", null, "401 404 404 404 404 404");
        c("POST /api/library/import", "/api/library/import", "{\"folder\":\"/etc\"}", "401 403 403 403 403 400");
        c("GET /api/library/jobs/{id}", "/api/library/jobs/999999999", null, "401 403 403 403 403 404");
        c("GET /api/library/jobs", "401 403 403 403 403 200");
        c("GET /api/library/index", "401 403 403 403 403 200");
        c("GET /api/library/synonyms", "401 403 403 403 403 200");
        c("POST /api/library/synonyms", "/api/library/synonyms", "{}", "401 403 403 403 403 400");
        c("DELETE /api/library/synonyms/{id}", "/api/library/synonyms/999999999", null, "401 403 403 403 403 404");
        c("GET /api/library/zero-results", "401 403 403 403 403 200");
        c("GET /api/library/search", "/api/library/search?q=radikalisering", null, "401 200 200 200 200 200");
        c("GET /api/library/facets", "401 200 200 200 200 200");
        c("GET /api/library/suggest", "/api/library/suggest?q=rad", null, "401 200 200 200 200 200");
        // Like a resource the caller may not read, a missing one has no neighbours: an empty list, not an oracle.
        c("GET /api/library/documents/{id}/similar", "/api/library/documents/999999999/similar", null,
                "401 200 200 200 200 200");
        // Last: a reindex rebuilds the index, and searches answer 503 "being rebuilt" until it is done.
        c("POST /api/library/reindex", "/api/library/reindex", "", "401 403 403 403 403 202");
    }

    @Test
    public void everyRoleAgainstEveryEndpointGetsWhatIsWrittenDown() {
        RegistryFixture fx = new RegistryFixture(context);
        for (String module : List.of("/api/assessment/forms", "/api/ethics/due", "/api/library/documents",
                "/api/users")) {
            assertTrue(module + " is up", RegistryFixture.awaitStatus(fx.admin, module, 200));
        }
        Set<String> registered = registeredEndpoints();
        Set<String> covered = new TreeSet<>();
        CASES.forEach(c -> covered.add(c.endpoint()));
        Set<String> uncovered = new TreeSet<>(registered);
        uncovered.removeAll(covered);
        assertTrue("endpoints without cases in the access matrix: " + uncovered, uncovered.isEmpty());
        Set<String> gone = new TreeSet<>(covered);
        gone.removeAll(registered);
        assertTrue("cases for endpoints that are not registered: " + gone, gone.isEmpty());

        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Http> callers = callers(fx, ids);
        List<String> wrong = new ArrayList<>();
        long started = System.nanoTime();
        for (Case c : CASES) {
            String path = c.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            String[] expected = c.expected().split(" ");
            assertEquals(c.toString(), ROLES.size(), expected.length);
            for (int i = 0; i < ROLES.size(); i++) {
                Http caller = callers.get(ROLES.get(i));
                String method = c.endpoint().substring(0, c.endpoint().indexOf(' '));
                Http.Answer a = c.body() == null ? caller.send(method, path, null, null)
                        : caller.send(method, path, c.body(), "application/json");
                if (a.status() != Integer.parseInt(expected[i])) {
                    wrong.add(ROLES.get(i) + " " + method + " " + path + ": expected " + expected[i] + ", got "
                            + a.status() + " " + abbreviate(a.body()));
                }
                if (a.status() >= 500) {
                    wrong.add("never a 5xx: " + ROLES.get(i) + " " + method + " " + path);
                }
            }
        }
        assertTrue(wrong.size() + " of " + CASES.size() * ROLES.size() + " cases differ:\n" + String.join("\n", wrong),
                wrong.isEmpty());
        assertTrue("bounded", Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMinutes(2)) < 0);
    }

    /** The users and records of the matrix; fills {@code ids} with what the paths' placeholders stand for. */
    private Map<String, Http> callers(RegistryFixture fx, Map<String, String> ids) {
        Http coordinator = fx.as(fx.user("coordinator"));
        String mentorA = fx.user("mentor");
        String mentorB = fx.user("mentor");
        String supervisor = fx.user("supervisor");
        long profileA = fx.mentor(coordinator, "Matrise A", fx.userId(mentorA), fx.userId(supervisor));
        long profileB = fx.mentor(coordinator, "Matrise B", fx.userId(mentorB), null);
        String courseA = RegistryFixture.caseCode();
        String courseB = RegistryFixture.caseCode();
        fx.course(coordinator, courseA, profileA);
        fx.course(coordinator, courseB, profileB);
        Http asA = fx.as(mentorA);
        Http.Answer form = fx.admin.post("/api/forms?publish=true&name=it-matrix.form.json",
                AssessmentChecks.form("it-matrix", "1.0.0", "Matrix"));
        assertTrue(form.toString(), form.status() < 300 || form.status() == 409);
        long assessment = AssessmentChecks.create(asA, courseA, "it-matrix").path("id").asLong();
        long completion = EthicsChecks.start(asA, "course:" + courseA, "course-start").path("summary").path("id")
                .asLong();
        ids.put("userA", mentorA);
        ids.put("mentorA", String.valueOf(profileA));
        ids.put("mentorB", String.valueOf(profileB));
        ids.put("courseA", courseA);
        ids.put("courseB", courseB);
        ids.put("assessmentA", String.valueOf(assessment));
        ids.put("completionA", String.valueOf(completion));
        Map<String, Http> callers = new LinkedHashMap<>();
        callers.put("anonymous", fx.anonymous);
        callers.put("mentorA", asA);
        callers.put("mentorB", fx.as(mentorB));
        callers.put("supervisor", fx.as(supervisor));
        callers.put("coordinator", coordinator);
        callers.put("admin", fx.admin);
        return callers;
    }

    /**
     * Every resource method of every registered JAX-RS resource, as {@code METHOD /api/path/{param}}, read from the
     * annotations of the service objects' classes (by name, so no JAX-RS class is shared with this probe).
     */
    private Set<String> registeredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        try {
            for (ServiceReference<?> ref : context.getServiceReferences((String) null,
                    "(osgi.jaxrs.resource=true)")) {
                Object resource = context.getService(ref);
                try {
                    Class<?> type = resource.getClass();
                    String base = path(type.getAnnotations());
                    for (Method m : type.getMethods()) {
                        String verb = verb(m.getAnnotations());
                        if (verb != null) {
                            endpoints.add(verb + " " + join("/api", base, path(m.getAnnotations())));
                        }
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertTrue("the distribution registers its resources: " + endpoints, endpoints.size() > 50);
        return endpoints;
    }

    private static String verb(Annotation[] annotations) {
        for (Annotation a : annotations) {
            String name = a.annotationType().getName();
            for (String verb : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")) {
                if (name.equals("javax.ws.rs." + verb)) {
                    return verb;
                }
            }
        }
        return null;
    }

    private static String path(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals("javax.ws.rs.Path")) {
                try {
                    return (String) a.annotationType().getMethod("value").invoke(a);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return "";
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            String s = p.replaceAll("^/+|/+$", "");
            if (!s.isEmpty()) {
                sb.append('/').append(s);
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 160 ? body : body.substring(0, 160) + "…";
    }
}
