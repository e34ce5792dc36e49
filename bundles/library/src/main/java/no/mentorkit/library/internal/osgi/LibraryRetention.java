package no.mentorkit.library.internal.osgi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.library.internal.service.Library;
import no.mentorkit.library.internal.store.ZeroResults;
import no.mentorkit.platform.retention.LegalHolds;
import no.mentorkit.platform.retention.RecordKind;
import no.mentorkit.platform.retention.RetentionAction;
import no.mentorkit.platform.retention.RetentionParticipant;

/**
 * The library's retention: the counts of searches that found nothing, by the day a query was last searched. They
 * name no one, but a query is what someone typed, and may hold a name; a year is enough to see what the library
 * lacks. Legal holds name cases and mentors, which these are not about.
 */
@Component
public class LibraryRetention implements RetentionParticipant {

    static final String ZERO_RESULT_QUERIES = "zero-result-queries";

    private final LibraryRuntime runtime;

    @Activate
    public LibraryRetention(@Reference LibraryRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String module() {
        return "library";
    }

    @Override
    public List<RecordKind> kinds() {
        return List.of(RecordKind.deleted(ZERO_RESULT_QUERIES, "last-searched", 365));
    }

    @Override
    public long due(String kind, Instant cutoff, LegalHolds holds) {
        return ZERO_RESULT_QUERIES.equals(kind) ? counts().map(z -> z.lastSearchedBefore(day(cutoff))).orElse(0L) : 0;
    }

    @Override
    public long apply(String kind, Instant cutoff, RetentionAction action, LegalHolds holds) {
        if (!ZERO_RESULT_QUERIES.equals(kind) || action != RetentionAction.DELETE) {
            return 0;
        }
        return counts().map(z -> z.deleteLastSearchedBefore(day(cutoff))).orElse(0L);
    }

    /** The counts once the library has started; before that nothing is due, and the next run sees them. */
    private Optional<ZeroResults> counts() {
        return runtime.ifStarted().map(Library::zeroResultCounts);
    }

    private static LocalDate day(Instant cutoff) {
        return LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
    }
}
