package no.mentorkit.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A form definition as read from a {@code *.form.json} file. Labels are maps from language code ({@code nb},
 * {@code nn}, {@code en}) to text. The JSON Schema {@code form-definition.schema.json} in this bundle and in
 * {@code docs/} describes the format; {@link FormCheck} enforces it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormDefinition(String id, String version, String kind, Map<String, String> title,
        Map<String, String> description, String training, String reassessEvery, List<Scale> scales,
        List<Section> sections, Scoring scoring, Judgement judgement, Checklist checklist) {

    public static final String ASSESSMENT = "assessment";
    public static final String CHECKLIST = "checklist";

    public FormDefinition {
        scales = scales == null ? List.of() : List.copyOf(scales);
        sections = sections == null ? List.of() : List.copyOf(sections);
        if (checklist == null && CHECKLIST.equals(kind)) {
            checklist = new Checklist(Checklist.COURSE, Checklist.OTHER);
        }
    }

    /** Every item of every section, in order. */
    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public Optional<Item> item(String itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Scale> scale(String scaleId) {
        return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
    }

    /** A rating scale: its levels in order, from least to most. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scale(String id, List<Choice> levels) {
        public Scale {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }

    /** A value with its label: a scale level, a choice option or a judgement level. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String value, Map<String, String> label) {
    }

    /** A section (an SPJ domain) of items. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String id, Map<String, String> title, Map<String, String> description, List<Item> items) {
        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** Optional scoring: only forms that define it get a score; SPJ forms usually do not. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scoring(Map<String, Double> weights, Map<String, Double> levelScores, List<Threshold> thresholds) {
        public Scoring {
            weights = weights == null ? Map.of() : Map.copyOf(weights);
            levelScores = levelScores == null ? Map.of() : Map.copyOf(levelScores);
            thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        }
    }

    /** A score band: applies from {@code min} up to the next band. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Threshold(double min, Map<String, String> label) {
    }

    /**
     * What a checklist's completion is about ({@code course} or {@code mentor}) and its stage ({@code start},
     * {@code session}, {@code closing}, {@code onboarding}, {@code other}); {@code null} for assessment forms.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Checklist(String appliesTo, String stage) {
        public static final String COURSE = "course";
        public static final String MENTOR = "mentor";
        public static final Set<String> APPLIES_TO = Set.of(COURSE, MENTOR);
        public static final String START = "start";
        public static final String OTHER = "other";
        public static final Set<String> STAGES = Set.of(START, "session", "closing", "onboarding", OTHER);
    }

    /** The SPJ final judgement: a level and a written formulation the assessor gives; never computed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Judgement(List<Choice> levels, boolean formulationRequired) {
        public Judgement {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }
}
