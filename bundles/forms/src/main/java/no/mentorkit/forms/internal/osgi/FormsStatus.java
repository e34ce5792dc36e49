package no.mentorkit.forms.internal.osgi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.Deployment;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.forms.FormStatus;
import no.mentorkit.platform.status.StatusContributor;

/**
 * The form engine's line in {@code mentorkit:status}: published definitions by kind, and whether the latest attempt
 * to deploy each file was refused (the version that was serving keeps serving, but an operator should know).
 */
@Component(service = StatusContributor.class)
public class FormsStatus implements StatusContributor {

    private static final int RECENT = 200;

    private final FormRegistry forms;

    @Activate
    public FormsStatus(@Reference FormRegistry forms) {
        this.forms = forms;
    }

    @Override
    public String id() {
        return "forms";
    }

    @Override
    public Status status() {
        Map<String, Integer> published = new TreeMap<>();
        for (DeployedForm f : forms.list(null)) {
            if (f.status() == FormStatus.PUBLISHED) {
                published.merge(f.kind(), 1, Integer::sum);
            }
        }
        // Deployments come newest first: a file's first entry is its latest attempt.
        Map<String, Deployment> latestByFile = new LinkedHashMap<>();
        for (Deployment d : forms.deployments(RECENT)) {
            if (d.file() != null) {
                latestByFile.putIfAbsent(d.source() + ":" + d.file(), d);
            }
        }
        List<String> refused = latestByFile.values().stream().filter(Deployment::refused)
                .map(d -> d.file() + " (" + d.errors().size() + " problem(s))").toList();
        int total = published.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder summary = new StringBuilder().append(total).append(" published");
        published.forEach((kind, n) -> summary.append(", ").append(n).append(' ').append(kind));
        summary.append(refused.isEmpty() ? "; no refused files" : "; refused: " + String.join(", ", refused));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("published", published);
        details.put("refused", refused);
        return new Status(refused.isEmpty(), summary.toString(), details);
    }
}
