package no.mentorkit.platform.internal.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.statistics.StatisticsSource;
import no.mentorkit.platform.statistics.StatisticsTable;

/** Gathers every installed module's statistics, suppresses small cells and audits which tables were read. */
@Component(service = StatisticsService.class, configurationPid = "no.mentorkit.platform.statistics")
@Designate(ocd = StatisticsConfig.class)
public class StatisticsService {

    /** What a caller sees: every table, suppressed, and the threshold that was applied. */
    public record Report(Instant at, int threshold, List<Suppression.Table> tables) {
    }

    private final List<StatisticsSource> sources = new CopyOnWriteArrayList<>();
    private final AuditLog audit;
    private volatile int threshold;

    @Activate
    public StatisticsService(@Reference AuditLog audit, StatisticsConfig config) {
        this.audit = audit;
        modified(config);
    }

    @Modified
    void modified(StatisticsConfig config) {
        this.threshold = Math.max(2, config.threshold());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(StatisticsSource s) {
        sources.add(s);
    }

    void removeSource(StatisticsSource s) {
        sources.remove(s);
    }

    /** Every module's tables, by module id; the read is audited by table id, without a record id. */
    public Report report(UserPrincipal caller) {
        int applied = threshold;
        List<StatisticsSource> byModule = new ArrayList<>(sources);
        byModule.sort(Comparator.comparing(StatisticsSource::module));
        List<Suppression.Table> tables = new ArrayList<>();
        for (StatisticsSource s : byModule) {
            for (StatisticsTable t : s.tables()) {
                tables.add(Suppression.apply(s.module(), t, applied));
            }
        }
        audit.record(caller, "platform", "statistics.read", "statistics", "*",
                String.join(",", tables.stream().map(t -> t.module() + "/" + t.id()).toList()));
        return new Report(Instant.now(), applied, tables);
    }
}
