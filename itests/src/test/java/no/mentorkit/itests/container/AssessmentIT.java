package no.mentorkit.itests.container;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.itests.support.Http;
import no.mentorkit.itests.support.Oracles;
import no.mentorkit.platform.security.UserDirectory;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subject;
import no.mentorkit.platform.subject.SubjectDirectory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import static no.mentorkit.itests.container.AssessmentChecks.assertProblem;
import static no.mentorkit.itests.container.AssessmentChecks.create;
import static no.mentorkit.itests.container.AssessmentChecks.find;
import static no.mentorkit.itests.container.AssessmentChecks.form;
import static no.mentorkit.itests.container.AssessmentChecks.submit;

/**
 * The assessment module in the full distribution: hot deploy through the real deploy/ folder, uploads, the
 * bundle extender, assessments with their versions, access rules and audit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AssessmentIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options();
    }

    @Inject
    private BundleContext context;

    private AssessmentChecks checks;
    private Http admin;
    private Path deploy;

    /** Supervisors per case code, as the fictional subject directory below reports them. */
    private static final Map<String, Set<Long>> SUPERVISORS = new ConcurrentHashMap<>();
    /** Case codes that only the listed users may see; every other case code is seen by all. */
    private static final Map<String, Set<Long>> ONLY_FOR = new ConcurrentHashMap<>();
    private static volatile boolean directoryRegistered;

    /**
     * A fictional subject directory ranked above any registry's, so these tests decide which subjects exist and
     * who supervises them: every case code exists except those ending in -999.
     */
    private void registerDirectory() {
        if (directoryRegistered) {
            return;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        context.registerService(SubjectDirectory.class, new SubjectDirectory() {
            @Override
            public List<Subject> search(UserPrincipal caller, String prefix, int limit) {
                return List.of();
            }

            @Override
            public Optional<Subject> find(UserPrincipal caller, String caseCode) {
                Set<Long> only = ONLY_FOR.get(caseCode);
                if (caseCode.endsWith("-999") || only != null && !only.contains(caller.userId())) {
                    return Optional.empty();
                }
                return Optional.of(new Subject(
                        caseCode, "fictional", "active", Set.of(), SUPERVISORS.getOrDefault(caseCode,
                                Set.of())));
            }
        }, props);
        directoryRegistered = true;
    }

    @Before
    public void connect() throws IOException {
        registerDirectory();
        checks = new AssessmentChecks();
        admin = checks.admin;
        deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Files.createDirectories(deploy);
    }

    private void drop(String file, String content) throws IOException {
        // Written beside and moved in, as an administrator's copy would land: FileInstall never sees half a file.
        Path tmp = deploy.resolveSibling(file + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, deploy.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    public void theShippedInstrumentsAreDeployedByTheBundleExtender() {
        JsonNode forms = admin.get("/api/assessment/forms").json();
        for (String id : new String[] {"concern-mapping", "initial-screening", "progress-review"}) {
            JsonNode f = find(forms, n -> n.path("id").asText().equals(id));
            assertNotNull(id, f);
            assertEquals("bundle", f.path("source").asText());
            assertEquals("published", f.path("status").asText());
            assertTrue(f.path("file").asText().startsWith("no.mentorkit.assessment:"));
        }
    }

    @Test
    public void deployChangeBreakAndDeleteThroughTheDeployFolder() throws IOException {
        Http mentor = checks.user("mentor");
        drop("it-deploy.form.json", form("it-deploy", "1.0.0", "First"));
        checks.awaitForm(admin, "it-deploy", "1.0.0", "published");
        JsonNode first = create(mentor, "ITD-2026-001", "it-deploy");
        assertEquals("1.0.0", first.path("formVersion").asText());
        submit(mentor, first, "low", true);

        drop("it-deploy.form.json", form("it-deploy", "1.1.0", "Second"));
        checks.awaitForm(admin, "it-deploy", "1.1.0", "published");
        JsonNode second = create(mentor, "ITD-2026-001", "it-deploy");
        assertEquals("a new assessment takes the new version", "1.1.0", second.path("formVersion").asText());
        JsonNode old = mentor.get("/api/assessment/assessments/" + first.path("id").asLong()).json();
        assertEquals("the old one keeps its version", "1.0.0", old.path("formVersion").asText());
        assertEquals("First", old.path("form").path("title").path("en").asText());

        drop("it-deploy.form.json", form("it-deploy", "1.1.0", "Changed in place"));
        JsonNode sameVersion = checks.awaitDeployment("it-deploy.form.json", "1.1.0", "refused");
        assertEquals("$.version", sameVersion.path("errors").get(0).path("path").asText());
        assertTrue(sameVersion.path("errors").get(0).path("reason").asText().contains("can never change"));

        drop("it-deploy.form.json", form("it-deploy", "1.2.0", "Broken").replace("\"type\":\"rating\"",
                "\"type\":\"slider\""));
        JsonNode broken = checks.awaitDeployment("it-deploy.form.json", "1.2.0", "refused");
        JsonNode error = find(broken.path("errors"), e -> e.path("reason").asText().contains("slider"));
        assertNotNull(broken.toString(), error);
        assertEquals("it-deploy.form.json", error.path("file").asText());
        assertEquals("$.sections[0].items[3].type", error.path("path").asText());
        JsonNode serving = checks.awaitForm(admin, "it-deploy", "1.1.0", "published");
        assertEquals("the version that was serving keeps serving", "Second", serving.path("title").path("en").asText());
        assertNull(find(admin.get("/api/assessment/forms").json(), f -> f.path("version").asText().equals("1.2.0")
                && f.path("id").asText().equals("it-deploy")));

        Files.delete(deploy.resolve("it-deploy.form.json"));
        checks.awaitForm(admin, "it-deploy", "1.1.0", "retired");
        checks.awaitForm(admin, "it-deploy", "1.0.0", "retired");
        assertProblem(mentor.post("/api/assessment/assessments", Http.json("caseCode", "ITD-2026-001", "formId",
                "it-deploy")), 400);
        assertEquals("a retired form's assessments stay readable", 200,
                mentor.get("/api/assessment/assessments/" + first.path("id").asLong()).status());
    }

    @Test
    public void formsCarriedByABundleComeAndGoWithIt() throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "it.forms.carrier");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Mentorkit-Forms", "forms/");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.putNextEntry(new JarEntry("forms/"));
            out.putNextEntry(new JarEntry("forms/it-bundle.form.json"));
            out.write(form("it-bundle", "2.0.0", "From a bundle").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("forms/it-checklist.form.json"));
            out.write(form("it-checklist", "1.0.0", "A checklist").replace("\"kind\":\"assessment\"",
                    "\"kind\":\"checklist\"").getBytes(StandardCharsets.UTF_8));
        }
        Bundle bundle = context.installBundle("it:forms-carrier", new ByteArrayInputStream(jar.toByteArray()));
        try {
            JsonNode f = checks.awaitForm(admin, "it-bundle", "2.0.0", "published");
            assertEquals("bundle", f.path("source").asText());
            assertEquals("it.forms.carrier:/forms/it-bundle.form.json", f.path("file").asText());
            assertNull("checklists are not assessment forms", find(admin.get("/api/assessment/forms").json(),
                    n -> n.path("id").asText().equals("it-checklist")));
            FormRegistry registry = Services.await(context, FormRegistry.class, Duration.ofSeconds(10));
            assertTrue("the engine keeps checklists for the ethics module", registry.list("checklist").stream()
                    .map(DeployedForm::id).anyMatch("it-checklist"::equals));
        } finally {
            bundle.uninstall();
        }
        checks.awaitForm(admin, "it-bundle", "2.0.0", "retired");
    }

    @Test
    public void consoleCommandsListFormsAndValidateAFile() throws Exception {
        Path bad = deploy.resolveSibling("it-console-bad.form.json");
        Files.writeString(bad, form("it-console", "1.0.0", "C").replace("\"scale\":\"lmh\"", "\"scale\":\"nope\""));
        String list = console("forms:list");
        assertTrue(list, list.contains("concern-mapping") && list.contains("published"));
        String refused = console("forms:validate " + bad);
        assertTrue(refused, refused.contains("$.sections[0].items[3].scale") && refused.contains("no scale with id 'nope'"));
    }

    @Test
    public void statusCountsAssessmentsWithoutNamingACase() throws Exception {
        admin.post("/api/forms?publish=true&name=it-status.form.json", form("it-status", "1.0.0", "T"));
        long before = drafts(console("mentorkit:status"));
        create(checks.user("mentor"), "ITT-2026-001", "it-status");
        String status = console("mentorkit:status");
        assertEquals(status, before + 1, drafts(status));
        assertFalse(status, status.contains("ITT-2026-001"));
    }

    /** The drafts counted on the assessment line of {@code mentorkit:status}, e.g. "assessments 3 (draft 1, …)". */
    private static long drafts(String status) {
        Matcher line = Pattern.compile("Assessment\\s+assessments \\d+(.*)").matcher(status);
        assertTrue("an assessment line: " + status, line.find());
        Matcher draft = Pattern.compile("draft (\\d+)").matcher(line.group(1));
        return draft.find() ? Long.parseLong(draft.group(1)) : 0;
    }

    /** Runs a console command as a Karaf admin and returns what it printed. */
    private String console(String command) throws Exception {
        return new ConsoleCommands(context).run(command);
    }

    /** A negative limit was "LIMIT must not be negative" on PostgreSQL, a 500, and no limit at all on H2. */
    @Test
    public void theDeploymentListRefusesALimitOutOfRange() {
        for (String limit : List.of("-5", "0", "1001")) {
            Http.Answer a = admin.get("/api/forms/deployments?limit=" + limit);
            assertProblem(a, 400);
            assertEquals(a.toString(), "limit", a.json().path("errors").get(0).path("field").asText());
        }
        assertEquals(1, admin.get("/api/forms/deployments?limit=1").json().size());
    }

    @Test
    public void adminsUploadDraftsAndPublishThem() {
        Http.Answer broken = admin.post("/api/forms?name=bad.form.json", form("it-upload", "1.0.0", "U")
                .replace("\"en\":\"Part 1\"", "\"en\":\"\""));
        assertProblem(broken, 400);
        assertEquals("$.sections[0].title.en", broken.json().path("errors").get(0).path("field").asText());
        assertTrue(broken.json().path("errors").get(0).path("message").asText().contains("missing translation"));

        Http.Answer draft = admin.post("/api/forms?name=it-upload.form.json", form("it-upload", "1.0.0", "U"));
        assertEquals(draft.toString(), 201, draft.status());
        assertEquals("draft", draft.json().path("outcome").asText());
        Http mentor = checks.user("mentor");
        assertProblem(mentor.post("/api/assessment/assessments", Http.json("caseCode", "ITU-2026-001", "formId",
                "it-upload")), 400);
        assertProblem(mentor.post("/api/forms", form("it-upload", "1.0.1", "U")), 403);

        assertEquals(200, admin.post("/api/forms/it-upload/1.0.0/publish", "").status());
        create(mentor, "ITU-2026-001", "it-upload");
        assertTrue(admin.get("/api/audit?action=form.upload&limit=5").json().path("total").asLong() >= 2);
    }

    @Test
    public void aBrokenUploadIsRefusedWithItsReasonsAndThePublishedVersionKeepsServing() {
        Http.Answer first = admin.post("/api/forms?publish=true&name=it-keep.form.json", form("it-keep", "1.0.0", "Kept"));
        assertEquals(first.toString(), 201, first.status());
        Http.Answer broken = admin.post("/api/forms?publish=true&name=it-keep.form.json",
                form("it-keep", "1.1.0", "Broken").replace("\"type\":\"rating\"", "\"type\":\"slider\""));
        assertProblem(broken, 400);
        JsonNode error = find(broken.json().path("errors"), e -> e.path("message").asText().contains("slider"));
        assertNotNull(broken.toString(), error);
        assertEquals("$.sections[0].items[3].type", error.path("field").asText());
        JsonNode refused = find(admin.get("/api/forms/deployments?limit=50").json(), d -> d.path("file").asText()
                .equals("it-keep.form.json") && d.path("outcome").asText().equals("refused"));
        assertNotNull("the refusal is listed with its reasons", refused);
        assertEquals("1.1.0", refused.path("version").asText());
        assertNotNull(find(refused.path("errors"), e -> e.path("reason").asText().contains("slider")));

        JsonNode serving = checks.awaitForm(admin, "it-keep", "1.0.0", "published");
        assertEquals("Kept", serving.path("title").path("en").asText());
        assertNull(find(admin.get("/api/assessment/forms").json(), f -> f.path("id").asText().equals("it-keep")
                && f.path("version").asText().equals("1.1.0")));
        assertEquals("1.0.0", create(checks.user("mentor"), "ITK-2026-001", "it-keep").path("formVersion").asText());
    }

    @Test
    public void onlyTheAuthorCoordinatorsAndTheSupervisorSeeAnAssessmentAndEveryStepIsAudited() {
        admin.post("/api/forms?publish=true&name=it-access.form.json", form("it-access", "1.0.0", "A"));
        Http author = checks.user("mentor");
        Http otherMentor = checks.user("mentor");
        Http coordinator = checks.user("coordinator");
        JsonNode a = create(author, "ITA-2026-001", "it-access");
        String path = "/api/assessment/assessments/" + a.path("id").asLong();

        assertProblem(otherMentor.get(path), 404);
        assertProblem(admin.get(path), 403);
        assertEquals(200, coordinator.get(path).status());
        assertFalse(otherMentor.get("/api/assessment/assessments").body().contains("ITA-2026-001"));
        assertTrue(coordinator.get("/api/assessment/assessments").body().contains("ITA-2026-001"));
        assertProblem(coordinator.send("PUT", path, "{\"version\":1,\"answers\":{}}", "application/json"), 403);

        Http.Answer incomplete = author.post(path + "/submit", "{\"version\":1,\"answers\":{\"concern\":{\"value\":true}}}");
        assertProblem(incomplete, 400);
        String fields = incomplete.json().path("errors").toString();
        assertTrue(fields, fields.contains("answers.kind") && fields.contains("answers.level")
                && fields.contains("judgement.formulation") && !fields.contains("answers.describe"));

        Http.Answer draft = author.send("PUT", path, "{\"version\":1,\"answers\":{\"concern\":{\"value\":true}}}", "application/json");
        assertEquals(draft.toString(), 200, draft.status());
        assertProblem(author.send("PUT", path, "{\"version\":1,\"answers\":{}}", "application/json"), 409);
        JsonNode done = submit(author, draft.json(), "high", true);
        assertEquals("submitted", done.path("status").asText());
        assertFalse("a due date from the form's interval", done.path("dueOn").isNull());
        assertProblem(author.send("PUT", path, "{\"version\":" + done.path("version").asInt() + ",\"answers\":{}}", "application/json"), 409);

        JsonNode audit = admin.get("/api/audit?recordType=assessment&recordId=" + a.path("id").asLong() + "&limit=50")
                .json();
        String actions = audit.path("entries").toString();
        for (String action : new String[] {"create", "read", "update", "submit", "access.denied"}) {
            assertTrue(action + " in " + actions, actions.contains("\"" + action + "\""));
        }
    }

    @Test
    public void theAssignedSupervisorFromTheSubjectDirectorySeesTheAssessment() {
        admin.post("/api/forms?publish=true&name=it-sup.form.json", form("it-sup", "1.0.0", "S"));
        Http mentor = checks.user("mentor");
        Http supervisor = checks.user("supervisor");
        Http otherSupervisor = checks.user("supervisor");
        UserDirectory users = Services.await(context, UserDirectory.class, Duration.ofSeconds(10));
        SUPERVISORS.put("ITS-2026-001", Set.of(users.byUsername(AssessmentChecks.username(supervisor))
                .orElseThrow().userId()));
        assertTrue(mentor.get("/api/assessment/subjects").json().path("registry").asBoolean());
        Http.Answer unknown = mentor.post("/api/assessment/assessments", Http.json("caseCode", "ITS-2026-999",
                "formId", "it-sup"));
        assertProblem(unknown, 400);
        assertEquals("caseCode", unknown.json().path("errors").get(0).path("field").asText());
        JsonNode a = create(mentor, "ITS-2026-001", "it-sup");
        String path = "/api/assessment/assessments/" + a.path("id").asLong();
        assertEquals(200, supervisor.get(path).status());
        assertProblem(otherSupervisor.get(path), 404);
        assertTrue(supervisor.get("/api/assessment/assessments").body().contains("ITS-2026-001"));
    }

    @Test
    public void twoRatersRateBlindAndThenSeeTheirAgreement() {
        admin.post("/api/forms?publish=true&name=it-pair.form.json", form("it-pair", "1.0.0", "P"));
        Http first = checks.user("mentor");
        Http second = checks.user("mentor");
        JsonNode a = create(first, "ITP-2026-001", "it-pair");
        long id = a.path("id").asLong();
        assertProblem(first.post("/api/assessment/assessments", "{\"pairOf\":" + id + "}"), 400);
        Http.Answer paired = second.post("/api/assessment/assessments", "{\"pairOf\":" + id + "}");
        assertEquals(paired.toString(), 201, paired.status());
        assertEquals("ITP-2026-001", paired.json().path("caseCode").asText());
        assertEquals(id, paired.json().path("pairOf").asLong());
        assertProblem(second.get("/api/assessment/assessments/" + id), 404);
        submit(first, a, "high", true);
        assertProblem(second.get("/api/assessment/assessments/" + id + "/agreement"), 409);
        submit(second, paired.json(), "low", true);
        JsonNode agreement = second.get("/api/assessment/assessments/" + id + "/agreement").json();
        assertEquals(4, agreement.path("compared").asInt());
        assertEquals(0.75, agreement.path("agreement").asDouble(), 1e-9);
        assertProblem(second.get("/api/assessment/assessments/" + id), 404);
    }

    /**
     * Issue 16, item 1: a mentor who may not see a subject cannot pair a rating of it (ids are sequential) to read
     * the first rating through the agreement view, nor take the second-rater slot from someone who may.
     */
    @Test
    public void noSecondRatingOfAnAssessmentTheCallerMayNotRate() {
        admin.post("/api/forms?publish=true&name=it-leak.form.json", form("it-leak", "1.0.0", "L"));
        Http rater = checks.user("mentor");
        Http attacker = checks.user("mentor");
        Http colleague = checks.user("mentor");
        UserDirectory users = Services.await(context, UserDirectory.class, Duration.ofSeconds(10));
        ONLY_FOR.put("ITX-2026-001", Set.of(userId(users, rater), userId(users, colleague)));
        JsonNode a = create(rater, "ITX-2026-001", "it-leak");
        long id = a.path("id").asLong();
        submit(rater, a, "high", true);

        Http.Answer refused = attacker.post("/api/assessment/assessments", "{\"pairOf\":" + id + "}");
        Http.Answer none = attacker.post("/api/assessment/assessments", "{\"pairOf\":999999999}");
        assertProblem(refused, 400);
        assertEquals("the refusal answers as for an id that does not exist", none.json().path("errors").toString(),
                refused.json().path("errors").toString());
        Http.Answer agreement = attacker.get("/api/assessment/assessments/" + id + "/agreement");
        Http.Answer noAgreement = attacker.get("/api/assessment/assessments/999999999/agreement");
        assertProblem(agreement, 404);
        assertEquals(noAgreement.json().path("detail").asText().replace("999999999", String.valueOf(id)),
                agreement.json().path("detail").asText());
        assertFalse(agreement.body(), agreement.body().contains("high"));

        Http.Answer direct = attacker.post("/api/assessment/assessments", Http.json("caseCode", "ITX-2026-001",
                "formId", "it-leak"));
        Http.Answer missing = attacker.post("/api/assessment/assessments", Http.json("caseCode", "ITX-2026-999",
                "formId", "it-leak"));
        assertProblem(direct, 400);
        assertEquals("a subject one may not see answers as one that does not exist",
                missing.json().path("errors").toString(), direct.json().path("errors").toString());
        JsonNode refusedSubject = admin.get("/api/audit?action=access.denied&recordType=subject&recordId=ITX-2026-001"
                + "&limit=10").json();
        assertEquals(refusedSubject.toString(), 1, refusedSubject.path("entries").size());

        Http.Answer paired = colleague.post("/api/assessment/assessments", "{\"pairOf\":" + id + "}");
        assertEquals("the slot stays free for who may rate the subject: " + paired, 201, paired.status());
        JsonNode denied = admin.get("/api/audit?action=access.denied&recordType=assessment&recordId=" + id
                + "&limit=50").json();
        assertTrue(denied.toString(), denied.path("entries").size() >= 2);
    }

    /**
     * Issue 16, item 2: reading, saving, submitting, dating or comparing an assessment the caller may not read
     * answers exactly as for an id that does not exist (it was 403 "Only the author…" against 404 "No assessment
     * N."), and each refusal is audited as access.denied.
     */
    @Test
    public void anAssessmentTheCallerMayNotReadAnswersAsOneThatDoesNotExist() {
        admin.post("/api/forms?publish=true&name=it-oracle.form.json", form("it-oracle", "1.0.0", "O"));
        Http author = checks.user("mentor");
        Http other = checks.user("mentor");
        long id = create(author, "ITO-2026-001", "it-oracle").path("id").asLong();
        String existing = "/api/assessment/assessments/" + id;
        String missing = "/api/assessment/assessments/999999999";
        String fill = "{\"version\":1,\"answers\":{}}";
        String due = "{\"version\":1,\"dueOn\":\"2030-01-01\"}";
        for (Http caller : List.of(other, admin)) {
            Oracles.assertAnswersAsMissing(caller.get(existing), "" + id, caller.get(missing), "999999999");
            Oracles.assertAnswersAsMissing(caller.send("PUT", existing, fill, "application/json"), "" + id,
                    caller.send("PUT", missing, fill, "application/json"), "999999999");
            Oracles.assertAnswersAsMissing(caller.post(existing + "/submit", fill), "" + id,
                    caller.post(missing + "/submit", fill), "999999999");
            Oracles.assertAnswersAsMissing(caller.send("PUT", existing + "/due", due, "application/json"), "" + id,
                    caller.send("PUT", missing + "/due", due, "application/json"), "999999999");
            Oracles.assertAnswersAsMissing(caller.get(existing + "/agreement"), "" + id,
                    caller.get(missing + "/agreement"), "999999999");
        }
        JsonNode denied = admin.get("/api/audit?action=access.denied&recordType=assessment&recordId=" + id
                + "&limit=50").json();
        assertTrue(denied.toString(), denied.path("total").asLong() >= 5);
    }

    private static long userId(UserDirectory users, Http client) {
        return users.byUsername(AssessmentChecks.username(client)).orElseThrow().userId();
    }

    @Test
    public void aFormNeedingTrainingIsOnlyForTheTrained() {
        Http mentor = checks.user("mentor");
        Http.Answer refused = mentor.post("/api/assessment/assessments", Http.json("caseCode", "ITT-2026-001",
                "formId", "concern-mapping"));
        assertProblem(refused, 403);
        assertTrue(refused.json().path("detail").asText().contains("spj-basic"));
        assertEquals(200, admin.post("/api/assessment/training", Http.json("username",
                AssessmentChecks.username(mentor), "key", "spj-basic")).status());
        create(mentor, "ITT-2026-001", "concern-mapping");
    }

    @Test
    public void theTimelineShowsWhatChangedAndTheDueListWhatIsDue() {
        admin.post("/api/forms?publish=true&name=it-time.form.json", form("it-time", "1.0.0", "T"));
        Http mentor = checks.user("mentor");
        submit(mentor, create(mentor, "ITL-2026-001", "it-time"), "low", true);
        JsonNode second = submit(mentor, create(mentor, "ITL-2026-001", "it-time"), "high", false);
        JsonNode line = mentor.get("/api/assessment/timeline?caseCode=ITL-2026-001").json().get(0);
        assertEquals(2, line.path("entries").size());
        String changes = line.path("entries").get(1).path("changes").toString();
        assertTrue(changes, changes.contains("\"item\":\"concern\"") && changes.contains("\"item\":\"level\"")
                && changes.contains("\"High\""));

        Http.Answer due = mentor.send("PUT", "/api/assessment/assessments/" + second.path("id").asLong() + "/due",
                Http.json("dueOn", "2020-01-01", "version", second.path("version").asInt()), "application/json");
        assertEquals(due.toString(), 200, due.status());
        assertNotNull(find(mentor.get("/api/assessment/due").json(), d -> d.path("id").asLong() == second.path("id")
                .asLong()));
    }
}
