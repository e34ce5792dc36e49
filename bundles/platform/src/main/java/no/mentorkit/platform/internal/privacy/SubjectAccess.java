package no.mentorkit.platform.internal.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.mentorkit.platform.audit.AuditEntry;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.AuditQuery;
import no.mentorkit.platform.privacy.PersonalData;
import no.mentorkit.platform.privacy.PersonalDataSource;
import no.mentorkit.platform.security.UserDirectory;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.security.UserSummary;

/**
 * Gathers what every installed module holds about one account and who read those records (GDPR art. 15); the
 * export itself is audited.
 */
@Component(service = SubjectAccess.class)
public class SubjectAccess {

    /** Reads of one person's records shown per record; older ones are in the audit log for an admin to search. */
    static final int READS_PER_RECORD = 500;

    /** One read of the subject's records: when, by whom, in which module and how. */
    public record Read(Instant at, String actor, String module, String action, String recordType, String recordId) {
    }

    /** Everything held about the account. */
    public record Export(Instant at, UserSummary account, Map<String, Object> modules, List<Read> readBy) {
    }

    private final List<PersonalDataSource> sources = new CopyOnWriteArrayList<>();
    private final UserDirectory users;
    private final AuditLog audit;

    @Activate
    public SubjectAccess(@Reference UserDirectory users, @Reference AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(PersonalDataSource s) {
        sources.add(s);
    }

    void removeSource(PersonalDataSource s) {
        sources.remove(s);
    }

    /** The export for the account, or empty if there is none; audited as a read of the account's data. */
    public Optional<Export> export(UserPrincipal caller, long userId) {
        Optional<UserSummary> account = users.byId(userId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> modules = new LinkedHashMap<>();
        List<Read> reads = new ArrayList<>();
        for (PersonalDataSource s : sources) {
            Optional<PersonalData> data = s.about(userId);
            if (data.isEmpty()) {
                continue;
            }
            modules.put(s.module(), data.get().records());
            for (PersonalData.RecordRef ref : data.get().refs()) {
                for (AuditEntry e : audit.find(new AuditQuery(null, "read", s.module(), ref.recordType(),
                        ref.recordId(), null, null, READS_PER_RECORD, 0)).entries()) {
                    reads.add(new Read(e.at(), e.actor(), e.module(), e.action(), e.recordType(), e.recordId()));
                }
            }
        }
        reads.sort(Comparator.comparing(Read::at).reversed());
        audit.record(caller, "platform", "personal-data.export", "user", String.valueOf(userId),
                String.join(",", modules.keySet()));
        return Optional.of(new Export(Instant.now(), account.get(), modules, reads));
    }
}
