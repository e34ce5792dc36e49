package no.mentorkit.ethics.internal.osgi;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.status.StatusContributor;
import no.mentorkit.platform.status.StatusCounts;
import no.mentorkit.platform.storage.Storage;

/** The ethics module's line in {@code mentorkit:status}: checklist completions by status (counts only). */
@Component(service = StatusContributor.class)
public class EthicsStatus implements StatusContributor {

    private final Storage storage;

    @Activate
    public EthicsStatus(@Reference Storage storage) {
        this.storage = storage;
    }

    @Override
    public String id() {
        return "ethics";
    }

    @Override
    public Status status() {
        Map<String, Long> completions = StatusCounts.byStatus(storage.dataSource(), "ethics.completions");
        return new Status(true, "checklist completions " + StatusCounts.summary(completions),
                Map.of("completions", completions));
    }
}
