package no.mentorkit.itests.container;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Issue 18, statistics without identities, in the full distribution (fresh database, no demo data): the registry's
 * counts of fictional courses and mentors come out right, a cell under 5 is withheld together with the total and the
 * next-smallest cell, no case code, name or id appears in the JSON or the CSV, the read is audited by table, and
 * only coordinators and admins may read them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StatisticsIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options();
    }

    @Inject
    private BundleContext context;

    private RegistryFixture fx;
    private Http coordinator;

    @Before
    public void connect() {
        fx = new RegistryFixture(context);
        coordinator = fx.as(fx.user("coordinator"));
    }

    @Test
    public void countsAreRightSmallCellsAreWithheldWithWhatWouldGiveThemAwayAndNoCaseIsNamed() {
        List<Long> mentors = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            mentors.add(fx.mentor(coordinator, "Statistikkmentor " + i, null, null));
        }
        Map<String, Object> north = RegistryFixture.profile("Statistikkmentor nord", null, null);
        north.put("network", "nord");
        north.put("employment", Map.of("model", "dedicated-position", "positionPercent", 50));
        Http.Answer created = coordinator.post("/api/registry/mentors", RegistryFixture.json(north));
        assertEquals(created.toString(), 201, created.status());
        String northName = created.json().path("profile").path("name").asText("Statistikkmentor nord (fiktiv)");

        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String code = RegistryFixture.caseCode();
            cases.add(code);
            if (i < 7) {
                fx.course(coordinator, code, mentors.get(i));
            } else {
                Map<String, Object> need = RegistryFixture.need(code);
                need.put("level", "individual");
                Http.Answer c = coordinator.post("/api/registry/match/confirm",
                        RegistryFixture.json(Map.of("need", need, "mentorId", mentors.get(i - 7))));
                assertEquals(c.toString(), 201, c.status());
            }
        }
        JsonNode toClose = coordinator.get("/api/registry/courses/" + cases.get(0)).json();
        assertEquals(200, coordinator.post("/api/registry/courses/" + cases.get(0) + "/status", Http.json("version",
                toClose.path("version").asInt(), "status", "closed", "reason", "Målene er nådd (fiktivt)")).status());

        Http.Answer json = coordinator.get("/api/statistics");
        assertEquals(json.toString(), 200, json.status());
        JsonNode report = json.json();
        assertEquals(5, report.path("threshold").asInt());

        JsonNode byTarget = table(report, "courses-by-target-group");
        assertEquals(9, count(byTarget, "returned-fighter"));
        assertEquals(0, count(byTarget, "at-risk"));
        assertEquals(9, byTarget.path("total").asLong());
        assertFalse(byTarget.path("totalSuppressed").asBoolean());
        String quarter = LocalDate.now().getYear() + "-Q" + ((LocalDate.now().getMonthValue() - 1) / 3 + 1);
        assertEquals(9, count(table(report, "courses-by-start-quarter"), quarter));
        assertEquals("courses count under their mentor's network", 9, count(table(report, "courses-by-network"), "vest"));
        // The mentor in the north has had no supervision yet: the one ineligible mentor takes the seven with it.
        assertWithheld(table(report, "mentors-by-eligibility"), "supervision");
        assertWithheld(table(report, "mentors-by-eligibility"), "eligible");

        // Two individual-level courses: withheld, and with them the family count (7) that the total of 9 in
        // another table would otherwise turn into 2 by subtraction, and the level table's own total.
        JsonNode byLevel = table(report, "courses-by-level");
        assertWithheld(byLevel, "individual");
        assertWithheld(byLevel, "family");
        assertEquals("a zero is shown", 0, count(byLevel, "system"));
        assertFalse("a withheld total is left out", byLevel.has("total"));
        assertTrue(byLevel.path("totalSuppressed").asBoolean());

        // Two still matching and one closed: two small cells hide each other and the total; the six active show.
        JsonNode byStatus = table(report, "courses-by-status");
        assertWithheld(byStatus, "closed");
        assertWithheld(byStatus, "matching");
        assertEquals(6, count(byStatus, "active"));
        assertTrue(byStatus.path("totalSuppressed").asBoolean());
        assertWithheld(table(report, "courses-by-duration"), "months-0-2");
        assertWithheld(table(report, "courses-by-end-quarter"), quarter);
        assertWithheld(table(report, "mentors-by-network"), "nord");
        assertWithheld(table(report, "mentors-by-network"), "vest");
        assertWithheld(table(report, "mentors-by-employment"), "dedicated-position");

        JsonNode timeliness = null;
        for (JsonNode t : report.path("tables")) {
            if (t.path("module").asText().equals("assessment") && t.path("id").asText().equals("assessments-by-timeliness")) {
                timeliness = t;
            }
        }
        assertNotNull("the assessment module publishes its table too: " + report, timeliness);
        for (String code : List.of("on-time", "late", "overdue", "not-yet-due")) {
            assertEquals("no assessment submitted here", 0, count(timeliness, code));
        }

        for (JsonNode t : report.path("tables")) {
            for (JsonNode c : t.path("cells")) {
                long n = c.path("count").asLong();
                assertTrue(t.path("id") + " shows no count from 1 to 4", c.path("suppressed").asBoolean() || n == 0 || n >= 5);
            }
        }
        assertNoIdentity(json.body(), cases, northName);
        assertNoNumericIds(report);

        Http.Answer csv = coordinator.get("/api/statistics?format=csv");
        assertEquals(csv.toString(), 200, csv.status());
        assertTrue(csv.header("content-type"), csv.header("content-type").startsWith("text/csv"));
        String disposition = csv.header("content-disposition");
        assertNotNull(disposition);
        assertTrue(disposition, disposition.matches("attachment; filename=\"mentorkit-statistics-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        assertTrue(csv.body(), csv.body().startsWith("module,table,dimension,row,code,count,suppressed\r\n"));
        assertTrue(csv.body(), csv.body().contains("registry,courses-by-target-group,targetGroup,cell,returned-fighter,9,false\r\n"));
        assertTrue(csv.body(), csv.body().contains("registry,courses-by-level,level,cell,individual,,true\r\n"));
        assertTrue(csv.body(), csv.body().contains("registry,courses-by-level,level,total,,,true\r\n"));
        assertNoIdentity(csv.body(), cases, northName);

        assertEquals(400, coordinator.get("/api/statistics?format=xlsx").status());

        JsonNode entries = fx.admin.get("/api/audit?module=platform&action=statistics.read").json().path("entries");
        assertTrue("both reads are audited", entries.size() >= 2);
        String detail = entries.get(0).path("detail").asText();
        assertTrue(detail, detail.contains("registry/courses-by-level") && detail.contains("registry/mentors-by-network"));
        assertNoIdentity(entries.toString(), cases, northName);
    }

    @Test
    public void onlyCoordinatorsAndAdminsMayRead() {
        Http mentor = fx.as(fx.user("mentor"));
        Http supervisor = fx.as(fx.user("supervisor"));
        assertEquals(403, mentor.get("/api/statistics").status());
        assertEquals(403, mentor.get("/api/statistics?format=csv").status());
        assertEquals(403, supervisor.get("/api/statistics").status());
        assertEquals(401, fx.anonymous.get("/api/statistics").status());
        assertEquals(200, fx.admin.get("/api/statistics").status());
        Http.Answer denied = mentor.get("/api/statistics");
        assertTrue(denied.header("content-type"), denied.header("content-type").startsWith("application/problem+json"));
    }

    private static JsonNode table(JsonNode report, String id) {
        for (JsonNode t : report.path("tables")) {
            if (t.path("module").asText().equals("registry") && t.path("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no table " + id + " in " + report);
    }

    private static JsonNode cell(JsonNode table, String code) {
        for (JsonNode c : table.path("cells")) {
            if (c.path("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + code + " in " + table);
    }

    private static long count(JsonNode table, String code) {
        JsonNode c = cell(table, code);
        assertFalse(c.toString(), c.path("suppressed").asBoolean());
        return c.path("count").asLong();
    }

    private static void assertWithheld(JsonNode table, String code) {
        JsonNode c = cell(table, code);
        assertTrue(table.toString(), c.path("suppressed").asBoolean());
        assertFalse("a withheld count is left out: " + table, c.has("count"));
    }

    private static void assertNoIdentity(String body, List<String> cases, String name) {
        for (String code : cases) {
            assertFalse("case code " + code + " appears", body.contains(code));
        }
        assertFalse(body, body.contains("fiktiv") || body.contains("Statistikkmentor") || body.contains(name));
    }

    /** Ids are numbers: the only numbers in the report are counts and the threshold. */
    private static void assertNoNumericIds(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNumber()) {
                    assertTrue(e.getKey() + " is a number", List.of("count", "total", "threshold").contains(e.getKey()));
                }
                assertNoNumericIds(e.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(StatisticsIT::assertNoNumericIds);
        }
    }
}
