package no.mentorkit.forms.internal.service;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.mentorkit.forms.DeploySource;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.Deployment;
import no.mentorkit.forms.FormKind;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.forms.internal.model.FormLinter;
import no.mentorkit.forms.internal.model.fhir.QuestionnaireExport;
import no.mentorkit.forms.internal.model.fhir.QuestionnaireImport;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * An administrator's work on deployed forms of every kind an active module claims: upload, publish, retire, and
 * reading the versions and deployment outcomes. Each change is audited under the forms module. Uploads of a kind
 * no active module claims are refused before anything is stored; the deploy folder and form-carrying bundles are
 * not limited this way, as their files are placed by the operator.
 */
@Component(service = FormAdministration.class)
public class FormAdministration {

    static final String MODULE = "forms";
    private static final int MAX_FILE_NAME = 200;

    private final FormRegistry registry;
    private final AuditLog audit;
    private final List<FormKind> kinds = new CopyOnWriteArrayList<>();

    @Activate
    public FormAdministration(@Reference FormRegistry registry, @Reference AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(FormKind kind) {
        kinds.add(kind);
    }

    void removeKind(FormKind kind) {
        kinds.remove(kind);
    }

    /** The kinds active modules claim, sorted. */
    public Set<String> claimedKinds() {
        Set<String> claimed = new TreeSet<>();
        kinds.forEach(k -> claimed.add(k.kind()));
        return claimed;
    }

    /** Every stored version of a claimed kind, newest first per form. */
    public List<DeployedForm> forms() {
        Set<String> claimed = claimedKinds();
        return registry.list(null).stream().filter(f -> claimed.contains(f.kind())).toList();
    }

    public List<Deployment> deployments(int limit) {
        return registry.deployments(limit);
    }

    /**
     * Lints and stores an uploaded definition. A definition that cannot be read is stored as a refused deployment
     * with its reasons; one that reads but is of an unclaimed kind is refused here and stores nothing.
     */
    public Deployment upload(UserPrincipal me, String name, byte[] body, boolean publish) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        file = file.length() > MAX_FILE_NAME ? file.substring(0, MAX_FILE_NAME) : file;
        FormLinter.Result lint = QuestionnaireImport.lint(file, body);
        if (lint.ok() && !claimedKinds().contains(lint.definition().kind())) {
            audit.record(me, MODULE, "form.upload", "form", lint.definition().id() + "@" + lint.definition().version(),
                    Deployment.REFUSED);
            throw new ApiProblem(422, "Unprocessable Content", "No installed module fills in forms of kind '"
                    + lint.definition().kind() + "'.", List.of(new ApiProblem.FieldError("kind",
                            "must be one of " + claimedKinds())));
        }
        Deployment d = registry.deploy(DeploySource.UPLOAD, file, body, publish, me.username());
        audit.record(me, MODULE, "form.upload", "form", d.formId() + "@" + d.version(), d.outcome());
        if (d.refused()) {
            throw new ApiProblem(400, "Bad Request", "The form was refused: " + d.errors().size() + " error(s).",
                    d.errors().stream().map(e -> new ApiProblem.FieldError(e.path(), e.reason())).toList());
        }
        return d;
    }

    /** A form version as a FHIR R4 Questionnaire (JSON). */
    public String questionnaire(String id, String version) {
        DeployedForm f = find(id, version);
        return QuestionnaireExport.json(f.definition(), f.status());
    }

    public Deployment publish(UserPrincipal me, String id, String version) {
        find(id, version);
        audit.record(me, MODULE, "form.publish", "form", id + "@" + version, null);
        return registry.publish(id, version, me.username());
    }

    public Deployment retire(UserPrincipal me, String id, String version) {
        find(id, version);
        audit.record(me, MODULE, "form.retire", "form", id + "@" + version, null);
        return registry.retire(id, version, me.username());
    }

    /** A version of a claimed kind; any other answers as one that does not exist. */
    private DeployedForm find(String id, String version) {
        return registry.get(id, version).filter(f -> claimedKinds().contains(f.kind()))
                .orElseThrow(() -> ApiProblem.notFound("No form '" + id + "' version " + version + "."));
    }
}
