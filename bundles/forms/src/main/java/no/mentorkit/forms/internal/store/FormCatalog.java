package no.mentorkit.forms.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import no.mentorkit.forms.DeploySource;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.Deployment;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.forms.FormStatus;
import no.mentorkit.forms.LintError;
import no.mentorkit.forms.internal.model.FormLinter;
import no.mentorkit.forms.internal.model.SemVer;
import no.mentorkit.forms.internal.model.fhir.QuestionnaireImport;
import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.storage.ModuleSchema;

/**
 * The form registry over the {@code forms} schema. Deployments are serialised (the deploy folder, uploads and
 * bundles may arrive at once) and every outcome is stored and logged. Parsed definitions are cached by id and
 * version; only a draft's entry is ever replaced.
 */
@Component(service = {FormRegistry.class, FormCatalog.class})
public class FormCatalog implements FormRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(FormCatalog.class);
    private static final ObjectMapper JSON = Json.mapper();
    /** A definition may leave out optional flags (e.g. {@code formulationRequired}): they are false. */
    private static final ObjectReader DEFINITIONS = JSON.readerFor(FormDefinition.class)
            .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final FormStore store;
    private final Map<String, FormDefinition> parsed = new ConcurrentHashMap<>();

    @Activate
    public FormCatalog(@Reference(target = "(mentorkit.schema=forms)") ModuleSchema schema) {
        this.store = new FormStore(schema.dataSource());
    }

    /** For tests: a catalog over a database whose {@code forms} schema is already migrated. */
    public FormCatalog(DataSource db) {
        this.store = new FormStore(db);
    }

    @Override
    public synchronized Deployment deploy(DeploySource source, String file, byte[] content, boolean publish,
            String actor) {
        QuestionnaireImport.Result fhir = null;
        if (file.endsWith(QuestionnaireImport.SUFFIX)) {
            // A FHIR Questionnaire is stored as the Mentorkit definition it converts to, once that lints clean.
            fhir = QuestionnaireImport.read(file, content);
            if (!fhir.ok()) {
                return outcome(source, file, fhir.id(), fhir.version(), Deployment.REFUSED, fhir.errors(), actor);
            }
            content = fhir.definition();
        }
        FormLinter.Result lint = FormLinter.lint(file, content);
        if (!lint.ok()) {
            JsonNode tree = lint.tree();
            String id = tree == null ? null : textOrNull(tree.get("id"));
            String version = tree == null ? null : textOrNull(tree.get("version"));
            List<LintError> errors = fhir == null ? lint.errors() : lint.errors().stream().map(fhir::fhir).toList();
            return outcome(source, file, id, version, Deployment.REFUSED, errors, actor);
        }
        FormDefinition def = lint.definition();
        String text = new String(content, StandardCharsets.UTF_8);
        FormStatus status = publish ? FormStatus.PUBLISHED : FormStatus.DRAFT;
        FormStore.Row row = new FormStore.Row(def.id(), def.version(), def.kind(), status, source, file, text, now());
        Optional<FormStore.Row> existing = store.find(def.id(), def.version());
        if (existing.isEmpty()) {
            store.insert(row, actor);
            return outcome(source, file, def.id(), def.version(), status.code(), List.of(), actor);
        }
        FormStore.Row old = existing.get();
        if (sameContent(old.content(), lint.tree())) {
            if (publish && old.status() != FormStatus.PUBLISHED) {
                // Publishing a draft, or deploying a retired version's identical file again, reinstates it.
                store.setStatus(def.id(), def.version(), FormStatus.PUBLISHED);
                return outcome(source, file, def.id(), def.version(), Deployment.PUBLISHED, List.of(), actor);
            }
            return outcome(source, file, def.id(), def.version(), Deployment.UNCHANGED, List.of(), actor);
        }
        if (old.status() == FormStatus.DRAFT && store.replaceDraft(row, actor) == 1) {
            parsed.remove(key(def.id(), def.version()));
            return outcome(source, file, def.id(), def.version(), status.code(), List.of(), actor);
        }
        return outcome(source, file, def.id(), def.version(), Deployment.REFUSED, List.of(new LintError(file,
                "$.version", "version " + def.version() + " of '" + def.id() + "' is already " + old.status().code()
                        + " with different content and can never change; give the changed form a higher version")),
                actor);
    }

    @Override
    public synchronized List<Deployment> withdraw(DeploySource source, String file, String actor) {
        return retireAll(store.fromFile(source, file), source, file, actor);
    }

    /** Retires what a bundle brought, once the bundle is uninstalled (its entries can no longer be read). */
    public synchronized List<Deployment> withdrawBundle(String symbolicName, String actor) {
        List<FormStore.Row> rows = store.all().stream().filter(r -> r.source() == DeploySource.BUNDLE && r.file() != null
                && r.file().startsWith(symbolicName + ":")).toList();
        return retireAll(rows, DeploySource.BUNDLE, symbolicName, actor);
    }

    private List<Deployment> retireAll(List<FormStore.Row> rows, DeploySource source, String file, String actor) {
        List<Deployment> out = new ArrayList<>();
        for (FormStore.Row r : rows) {
            if (r.status() != FormStatus.RETIRED) {
                store.setStatus(r.formId(), r.version(), FormStatus.RETIRED);
                out.add(outcome(source, r.file(), r.formId(), r.version(), Deployment.RETIRED, List.of(), actor));
            }
        }
        return out;
    }

    @Override
    public Deployment publish(String id, String version, String actor) {
        return move(id, version, FormStatus.PUBLISHED, Deployment.PUBLISHED, actor);
    }

    @Override
    public Deployment retire(String id, String version, String actor) {
        return move(id, version, FormStatus.RETIRED, Deployment.RETIRED, actor);
    }

    /** An admin's life-cycle step on one version; a step to where it already is changes nothing. */
    private synchronized Deployment move(String id, String version, FormStatus target, String outcome, String actor) {
        FormStore.Row r = store.find(id, version).orElseThrow(() -> new IllegalArgumentException("no such form"));
        if (r.status() == target) {
            return outcome(DeploySource.UPLOAD, r.file(), id, version, Deployment.UNCHANGED, List.of(), actor);
        }
        store.setStatus(id, version, target);
        return outcome(DeploySource.UPLOAD, r.file(), id, version, outcome, List.of(), actor);
    }

    @Override
    public List<DeployedForm> list(String kind) {
        return store.all().stream().filter(r -> kind == null || kind.equals(r.kind()))
                .sorted(Comparator.comparing(FormStore.Row::formId)
                        .thenComparing(FormStore.Row::version, SemVer.ORDER.reversed()))
                .map(this::view).toList();
    }

    @Override
    public Optional<DeployedForm> get(String id, String version) {
        return store.find(id, version).map(this::view);
    }

    @Override
    public Optional<DeployedForm> current(String id) {
        return list(null).stream().filter(f -> f.id().equals(id) && f.status() == FormStatus.PUBLISHED).findFirst();
    }

    @Override
    public List<Deployment> deployments(int limit) {
        return store.deployments(Math.max(1, Math.min(limit, 1000)));
    }

    private DeployedForm view(FormStore.Row r) {
        FormDefinition def = parsed.computeIfAbsent(key(r.formId(), r.version()), k -> parse(r));
        return new DeployedForm(r.formId(), r.version(), r.kind(), r.status(), r.source(), r.file(), r.deployedAt(),
                def);
    }

    private static FormDefinition parse(FormStore.Row r) {
        try {
            return DEFINITIONS.readValue(r.content());
        } catch (IOException e) {
            throw new IllegalStateException("Stored form " + r.formId() + " " + r.version() + " is unreadable", e);
        }
    }

    private Deployment outcome(DeploySource source, String file, String id, String version, String outcome,
            List<LintError> errors, String actor) {
        Deployment d = store.record(new Deployment(0, null, source, file, id, version, outcome, errors, actor));
        if (d.refused()) {
            LOG.warn("Form deployment refused: {} {} from {} {}: {}", id, version, source.code(), file, errors);
        } else {
            LOG.info("Form deployment: {} {} from {} {}: {}", id, version, source.code(), file, outcome);
        }
        return d;
    }

    private static boolean sameContent(String stored, JsonNode tree) {
        try {
            return JSON.readTree(stored).equals(tree);
        } catch (IOException e) {
            return false;
        }
    }

    private static String textOrNull(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
