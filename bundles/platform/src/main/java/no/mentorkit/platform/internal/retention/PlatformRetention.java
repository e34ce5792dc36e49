package no.mentorkit.platform.internal.retention;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.internal.audit.AuditPruner;
import no.mentorkit.platform.internal.security.Accounts;
import no.mentorkit.platform.retention.LegalHolds;
import no.mentorkit.platform.retention.RecordKind;
import no.mentorkit.platform.retention.RetentionAction;
import no.mentorkit.platform.retention.RetentionParticipant;

/**
 * The platform's own records in the schedule: audit entries, counted from when they were written (ten years by
 * default: the log must outlive the records whose reading and changing it shows, and no module keeps any longer),
 * and browser sessions, counted from when they ended (one day: an ended session is of no use, and its opening and
 * closing are in the audit log). Legal holds name cases and mentors; an audit entry or a session belongs to neither,
 * so holds do not apply. Login throttling is kept in memory only, and an account's last login goes with the account.
 */
@Component
public class PlatformRetention implements RetentionParticipant {

    static final String AUDIT_ENTRIES = "audit-entries";
    static final String SESSIONS = "sessions";

    private final AuditPruner audit;
    private final Accounts accounts;

    @Activate
    public PlatformRetention(@Reference AuditPruner audit, @Reference Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @Override
    public String module() {
        return RetentionService.MODULE;
    }

    @Override
    public List<RecordKind> kinds() {
        return List.of(RecordKind.deleted(AUDIT_ENTRIES, "entry-written", 3650),
                RecordKind.deleted(SESSIONS, "session-ended", 1));
    }

    @Override
    public long due(String kind, Instant cutoff, LegalHolds holds) {
        return switch (kind) {
            case AUDIT_ENTRIES -> audit.due(cutoff);
            case SESSIONS -> accounts.sessionsEndedBefore(cutoff);
            default -> 0;
        };
    }

    @Override
    public long apply(String kind, Instant cutoff, RetentionAction action, LegalHolds holds) {
        if (action != RetentionAction.DELETE) {
            return 0;
        }
        return switch (kind) {
            case AUDIT_ENTRIES -> audit.prune(cutoff, RetentionService.runBy());
            case SESSIONS -> accounts.deleteSessionsEndedBefore(cutoff);
            default -> 0;
        };
    }
}
