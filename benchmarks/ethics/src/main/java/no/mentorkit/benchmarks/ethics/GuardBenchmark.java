package no.mentorkit.benchmarks.ethics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.service.ChecklistGuard;
import no.mentorkit.ethics.internal.store.CompletionStore;
import no.mentorkit.ethics.internal.store.EthicsDatabase;
import no.mentorkit.ethics.internal.store.RequirementStore;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.workflow.Hold;
import no.mentorkit.platform.workflow.Step;

/**
 * What the step guard adds to a course activation: one {@code check} (the requirements, then one count per required
 * start checklist) against the reference, one completion read by primary key through the same store and database.
 * Half of the courses have a countersigned start checklist.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GuardBenchmark {

    private static final UserPrincipal COORDINATOR = new UserPrincipal(1, "coord", "Fictional", Set.of(Role.COORDINATOR),
            "127.0.0.1");

    @Param("2000")
    int courses;

    private ChecklistGuard guard;
    private CompletionStore completions;
    private String[] codes;
    private long[] ids;
    private int next;

    @Setup
    public void setUp() {
        EthicsDatabase db = Fixture.database();
        RequirementStore requirements = new RequirementStore(db);
        requirements.seed(List.of("course-start"), "system");
        completions = new CompletionStore(db);
        Map<String, FormDefinition> checklists = Map.of("course-start", Fixture.checklist("course-start"));
        guard = new ChecklistGuard(id -> Optional.ofNullable(checklists.get(id)), requirements, completions);
        codes = new String[courses];
        ids = new long[courses];
        for (int i = 0; i < courses; i++) {
            codes[i] = String.format("BEN-2026-%04d", i);
            Completion c = completions.create("course", codes[i], "course-start", "1.0.0", 10, "mentor10");
            ids[i] = c.id();
            completions.sign(c.id(), 1, Map.of(), 10, "mentor10");
            if (i % 2 == 0) {
                completions.countersign(c.id(), 2, 11, "coord11", "coordinator", null);
            }
        }
    }

    @Benchmark
    public List<Hold> guardCheck() {
        next = (next + 1) % courses;
        return guard.check(new Step("registry", "course", codes[next], "activate", COORDINATOR));
    }

    @Benchmark
    public Optional<Completion> referenceFindById() {
        next = (next + 1) % courses;
        return completions.find(ids[next]);
    }
}
