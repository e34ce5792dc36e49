package no.mentorkit.benchmarks.forms;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.forms.FormCheck;

/**
 * Linting (schema rules, ids, references, cycles, translations, then binding to the model) of a 500-item
 * definition, against the reference of a plain Jackson parse of the same bytes. Bar: lint ≤ 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LintBenchmark {

    private final ObjectMapper mapper = new ObjectMapper();
    private byte[] form;

    @Setup
    public void build() {
        form = LargeForm.json("large", "1.0.0", 500);
        FormCheck.Result check = FormCheck.lint("large.form.json", form);
        if (!check.ok()) {
            throw new IllegalStateException(check.errors().toString());
        }
    }

    @Benchmark
    public FormCheck.Result lint500() {
        return FormCheck.lint("large.form.json", form);
    }

    @Benchmark
    public JsonNode referenceJacksonParse500() throws IOException {
        return mapper.readTree(form);
    }
}
