package no.mentorkit.benchmarks.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.osgi.DemoBank;
import no.mentorkit.registry.internal.service.eligibility.Eligibility;
import no.mentorkit.registry.internal.service.eligibility.EligibilityPolicy;
import no.mentorkit.registry.internal.service.matching.MatchResult;
import no.mentorkit.registry.internal.service.matching.Matcher;
import no.mentorkit.registry.internal.service.matching.Need;
import no.mentorkit.registry.internal.service.matching.Weights;

/**
 * One match over a bank of 10,000 generated mentors (the demo generator with a fixed seed), in SampleTime mode for
 * p50/p99. The reference in the same run sorts the same mentors by a precomputed key: the least any ranking costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingBenchmark {

    @Param("10000")
    int mentors;

    private List<MentorFacts> bank;
    private long[] keys;
    private Matcher matcher;
    private Need need;
    private LocalDate today;

    @Setup
    public void setUp() {
        today = LocalDate.of(2026, 11, 21);
        bank = new ArrayList<>();
        List<DemoBank.DemoMentor> generated = DemoBank.mentors(mentors, today, 7L);
        for (int i = 0; i < generated.size(); i++) {
            var d = generated.get(i);
            bank.add(new MentorFacts(i + 1, d.profile(), d.lastSupervision(), i % 3));
        }
        keys = new long[bank.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) (bank.get(i).profile().name().hashCode() & 0xffff) << 32 | i;
        }
        matcher = new Matcher(new Eligibility(EligibilityPolicy.DEFAULT), Weights.DEFAULT);
        need = new Need("BGO-2026-014", "returned-fighter", "family", List.of("ar", "so"), "male", 30, 50,
                List.of("football", "migration", "music"), "Bergen", "Vestland", "vest", null);
    }

    @Benchmark
    public MatchResult match() {
        return matcher.match(need, bank, today, 20);
    }

    /** Reference: sorting the same mentors by a ready key, with no scoring at all. */
    @Benchmark
    public List<MentorFacts> referenceSort() {
        List<MentorFacts> copy = new ArrayList<>(bank);
        copy.sort(Comparator.comparingLong(m -> keys[(int) m.id() - 1]));
        return copy;
    }
}
