package no.mentorkit.platform.internal.retention;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.internal.storage.UnitOfWork;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.retention.LegalHolds;
import no.mentorkit.platform.retention.RecordKind;
import no.mentorkit.platform.retention.RetentionAction;
import no.mentorkit.platform.retention.RetentionParticipant;
import no.mentorkit.platform.retention.RetentionRule;
import no.mentorkit.platform.retention.RetentionSchedule;

/**
 * Runs the retention schedule across the installed modules: each module's participant deletes or anonymises its
 * own due records, and each kind's outcome is audited (kind and count, never content) in the same transaction.
 * Runs daily and on demand; a module that is not installed has its rules kept but paused.
 */
@Component(service = { RetentionService.class, RetentionSchedule.class })
public class RetentionService implements RetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);
    static final String MODULE = "platform";
    static final Set<String> SUBJECT_KINDS = Set.of("case", "mentor");
    /** Ten years: a longer period is an archive duty, which is KEEP. */
    static final int MAX_DAYS = 3653;
    private static final Duration FIRST_RUN = Duration.ofMinutes(15);

    /** One kind of record in the schedule: the rule in force, where it comes from, and what the next run would do. */
    public record Line(String module, String kind, String after, int keepDays, RetentionAction action,
            Set<RetentionAction> actions, boolean setByOrganisation, boolean installed, Long due) {
    }

    /** What a run did to one kind of record. */
    public record Outcome(String module, String kind, RetentionAction action, long records) {
    }

    /** Who runs the schedule on this thread, for the platform's own records (the audit chain's base names it). */
    private static final ThreadLocal<String> RUN_BY = new ThreadLocal<>();

    private final List<RetentionParticipant> participants = new CopyOnWriteArrayList<>();
    private final RetentionStore store;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService daily;

    @Activate
    public RetentionService(@Reference RetentionStore store, @Reference AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParticipant(RetentionParticipant p) {
        participants.add(p);
        try {
            store.remember(p.module(), p.kinds());
        } catch (RuntimeException e) {
            // Only the paused view of an uninstalled module depends on it; the schedule itself runs regardless.
            LOG.warn("Could not remember the retention kinds of {}", p.module(), e);
        }
    }

    void removeParticipant(RetentionParticipant p) {
        participants.remove(p);
    }

    @Activate
    void start() {
        daily = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mentorkit-retention"));
        daily.scheduleAtFixedRate(this::scheduledRun, FIRST_RUN.toMinutes(), Duration.ofDays(1).toMinutes(),
                TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        daily.shutdownNow();
    }

    /** The schedule of every installed module, and the rules kept for modules that are not installed (paused). */
    public List<Line> schedule() {
        Map<String, RetentionStore.Rule> rules = store.rules();
        LegalHolds holds = holds();
        List<Line> lines = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (RetentionParticipant p : participants) {
            for (RecordKind k : p.kinds()) {
                RetentionStore.Rule rule = rules.get(p.module() + "/" + k.id());
                RetentionRule f = inForce(rule, k);
                Long due = f.action() == RetentionAction.KEEP ? 0L : p.due(k.id(), cutoff(f.keepDays()), holds);
                lines.add(new Line(p.module(), k.id(), k.after(), f.keepDays(), f.action(), k.actions(), rule != null, true,
                        due));
                known.add(p.module() + "/" + k.id());
            }
        }
        for (RetentionStore.Seen seen : store.seen()) {
            String key = seen.module() + "/" + seen.kind();
            if (known.add(key)) {
                RetentionStore.Rule rule = rules.get(key);
                lines.add(rule == null
                        ? new Line(seen.module(), seen.kind(), seen.after(), seen.keepDays(), seen.action(), Set.of(),
                                false, false, null)
                        : new Line(seen.module(), seen.kind(), seen.after(), rule.keepDays(), rule.action(), Set.of(),
                                true, false, null));
            }
        }
        rules.forEach((key, r) -> {
            if (!known.contains(key)) {
                lines.add(new Line(r.module(), r.kind(), null, r.keepDays(), r.action(), Set.of(), true, false, null));
            }
        });
        lines.sort(Comparator.comparing(Line::module).thenComparing(Line::kind));
        return lines;
    }

    /** Sets the organisation's rule for one kind of an installed module. */
    public Line setRule(String actor, String address, String module, String kind, Integer keepDays, String action) {
        RecordKind k = kind(module, kind).orElseThrow(() -> new ApiProblem(404, "Not Found",
                "No installed module keeps records of kind " + module + "/" + kind + "."));
        Validation v = new Validation();
        v.required("keepDays", keepDays);
        v.check(keepDays == null || keepDays >= 0 && keepDays <= MAX_DAYS, new ApiProblem.FieldError("keepDays",
                "must be between 0 and " + MAX_DAYS + " days", "range", Map.of("min", 0, "max", MAX_DAYS)));
        v.oneOf("action", action, k.actions().stream().map(Enum::name).toList(), true);
        v.throwIfInvalid();
        store.setRule(module, kind, keepDays, RetentionAction.valueOf(action), actor);
        audit.record(new AuditEvent(actor, address, MODULE, "retention.rule", "retention", module + "/" + kind,
                "keep " + keepDays + " days, then " + action));
        return schedule().stream().filter(l -> l.module().equals(module) && l.kind().equals(kind)).findFirst()
                .orElseThrow();
    }

    /** Applies the schedule now. Inside a request, in the request's transaction; otherwise one transaction per kind. */
    public List<Outcome> run(String actor, String address) {
        Map<String, RetentionStore.Rule> rules = store.rules();
        LegalHolds holds = holds();
        List<Outcome> outcomes = new ArrayList<>();
        RUN_BY.set(actor);
        try {
            runAll(rules, holds, actor, address, outcomes);
        } finally {
            RUN_BY.remove();
        }
        return outcomes;
    }

    /** Who runs the schedule on this thread, or {@code retention} outside a run. */
    static String runBy() {
        String by = RUN_BY.get();
        return by == null ? "retention" : by;
    }

    private void runAll(Map<String, RetentionStore.Rule> rules, LegalHolds holds, String actor, String address,
            List<Outcome> outcomes) {
        for (RetentionParticipant p : participants) {
            for (RecordKind k : p.kinds()) {
                RetentionRule f = inForce(rules.get(p.module() + "/" + k.id()), k);
                if (f.action() == RetentionAction.KEEP) {
                    continue;
                }
                long n = inUnit(() -> {
                    long changed = p.apply(k.id(), cutoff(f.keepDays()), f.action(), holds);
                    audit.record(new AuditEvent(actor, address, MODULE, "retention.run", "retention",
                            p.module() + "/" + k.id(),
                            f.action() + " " + changed + " records older than " + f.keepDays() + " days"));
                    return changed;
                });
                outcomes.add(new Outcome(p.module(), k.id(), f.action(), n));
            }
        }
    }

    public List<RetentionStore.Hold> holdList() {
        return store.holds();
    }

    public RetentionStore.Hold placeHold(String actor, String address, String subjectKind, String subjectKey,
            String reason) {
        Validation v = new Validation();
        v.oneOf("subjectKind", subjectKind, SUBJECT_KINDS, true);
        v.required("subjectKey", subjectKey).maxLength("subjectKey", subjectKey, 64);
        v.check(!"mentor".equals(subjectKind) || subjectKey == null || subjectKey.matches("\\d{1,18}"),
                new ApiProblem.FieldError("subjectKey", "must be a mentor's id", "mentorId", Map.of()));
        v.required("reason", reason).freeText("reason", reason, 1000);
        v.throwIfInvalid();
        long id = store.placeHold(subjectKind, subjectKey.trim(), reason.trim(), actor);
        audit.record(new AuditEvent(actor, address, MODULE, "legal-hold.place", subjectKind, subjectKey.trim(), reason));
        return store.holds().stream().filter(h -> h.id() == id).findFirst().orElseThrow();
    }

    public boolean liftHold(String actor, String address, long id) {
        Optional<RetentionStore.Hold> hold = store.holds().stream().filter(h -> h.id() == id).findFirst();
        if (hold.isEmpty() || !store.liftHold(id, actor)) {
            return false;
        }
        audit.record(new AuditEvent(actor, address, MODULE, "legal-hold.lift", hold.get().subjectKind(),
                hold.get().subjectKey(), null));
        return true;
    }

    private void scheduledRun() {
        try {
            List<Outcome> done = run("retention-job", null);
            LOG.info("Retention run: {}", done);
        } catch (RuntimeException e) {
            // The next day's run tries again; nothing is half done, as each kind is its own transaction.
            LOG.warn("The daily retention run failed", e);
        }
    }

    /** The organisation's rule for a kind, or the module's default when it has set none. */
    private static RetentionRule inForce(RetentionStore.Rule rule, RecordKind k) {
        return rule == null ? new RetentionRule(k.keepDays(), k.action(), false)
                : new RetentionRule(rule.keepDays(), rule.action(), true);
    }

    @Override
    public Optional<RetentionRule> rule(String module, String kind) {
        return kind(module, kind).map(k -> inForce(store.rules().get(module + "/" + kind), k));
    }

    private Optional<RecordKind> kind(String module, String kind) {
        return participants.stream().filter(p -> p.module().equals(module)).flatMap(p -> p.kinds().stream())
                .filter(k -> k.id().equals(kind)).findFirst();
    }

    private Instant cutoff(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    @Override
    public LegalHolds holds() {
        Set<String> cases = new HashSet<>();
        Set<Long> mentors = new HashSet<>();
        for (RetentionStore.Hold h : store.holds()) {
            if ("case".equals(h.subjectKind())) {
                cases.add(h.subjectKey());
            } else {
                mentors.add(Long.parseLong(h.subjectKey()));
            }
        }
        return LegalHolds.of(cases, mentors);
    }

    private static long inUnit(Supplier<Long> work) {
        if (UnitOfWork.active()) {
            return work.get();
        }
        UnitOfWork.begin();
        boolean ok = false;
        try {
            long n = work.get();
            ok = true;
            return n;
        } finally {
            try {
                UnitOfWork.end(ok);
            } catch (SQLException e) {
                throw new IllegalStateException("The retention run's commit failed; nothing of this kind changed", e);
            }
        }
    }
}
