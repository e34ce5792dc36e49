package no.mentorkit.benchmarks.ethics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import no.mentorkit.ethics.internal.service.DueList;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.platform.subject.Subject;

/**
 * The due list for a coordinator of a large organisation (courses, two completions each, mentors, the four shipped
 * checklists) against the reference, one pass that only indexes the same completions by subject and checklist:
 * the list should stay a small multiple of reading its input once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DueListBenchmark {

    @Param("2000")
    int courses;

    private DueList.Inputs inputs;

    @Setup
    public void setUp() {
        List<FormDefinition> checklists = List.of(Fixture.checklist("course-start"), Fixture.checklist("course-session"),
                Fixture.checklist("course-closing"), Fixture.checklist("mentor-onboarding"));
        List<Subject> subjects = new ArrayList<>();
        List<Completion> completions = new ArrayList<>();
        Map<Long, String> mentors = new LinkedHashMap<>();
        long id = 1;
        for (int i = 0; i < courses; i++) {
            String code = String.format("BEN-2026-%04d", i);
            long mentor = 100 + i % 300;
            mentors.put(mentor, "mentor" + mentor);
            subjects.add(new Subject(code, "fictional", i % 10 == 0 ? "closed" : "active", Set.of(mentor), Set.of(5L)));
            completions.add(completion(id++, code, "course-start", i % 3 == 0 ? "signed" : "countersigned"));
            completions.add(completion(id++, code, "course-session", "countersigned"));
        }
        inputs = new DueList.Inputs(subjects, checklists, Set.of("course-start"), completions, mentors, c -> true, 1L,
                1, Map.of(1L, "coord"));
    }

    private static Completion completion(long id, String code, String form, String status) {
        return new Completion(id, "course", code, form, "1.0.0", status, Map.of(), 10, "mentor10", Instant.EPOCH,
                Instant.EPOCH, 10L, "mentor10", Instant.EPOCH, null, null, null, null, null, 2);
    }

    @Benchmark
    public List<DueList.DueItem> dueList() {
        return DueList.build(inputs);
    }

    @Benchmark
    public Map<String, List<Completion>> referenceIndex() {
        Map<String, List<Completion>> index = new HashMap<>();
        for (Completion c : inputs.completions()) {
            index.computeIfAbsent(c.subjectType() + ":" + c.subjectId() + "\n" + c.formId(), k -> new ArrayList<>())
                    .add(c);
        }
        return index;
    }
}
