package no.mentorkit.assessment.internal.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.assessment.internal.model.Assessment;
import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FormDefinition;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static final String FORM = """
            {"id":"t","version":"1.0.0","kind":"assessment","title":{"nb":"T","nn":"T","en":"T"},
             "scales":[{"id":"s","levels":[{"value":"low","label":{"nb":"Lav","nn":"Låg","en":"Low"}},
                                           {"value":"high","label":{"nb":"Høy","nn":"Høg","en":"High"}}]}],
             "sections":[{"id":"a","title":{"nb":"A","nn":"A","en":"A"},"items":[
               {"id":"r","type":"rating","scale":"s","allowUnknown":true,"label":{"nb":"R","nn":"R","en":"R"}},
               {"id":"y","type":"yesno","label":{"nb":"Y","nn":"Y","en":"Y"}},
               {"id":"n","type":"text","label":{"nb":"N","nn":"N","en":"N"}}]}]}""";

    private static Assessment submitted(long id, String status, Instant at, Map<String, Answer> answers) {
        return new Assessment(id, "TST-2026-001", "t", "1.0.0", status, 1, "mentor", answers, null, null, null, false,
                at, at, at, 1, null);
    }

    private static Answer v(Object value) {
        return new Answer(value, false, null, null);
    }

    @Test
    void showsItemByItemWhatChangedBetweenSubmittedAssessments() throws Exception {
        FormDefinition def = new ObjectMapper().readValue(FORM, FormDefinition.class);
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        List<Assessment> list = List.of(
                submitted(3, Assessment.SUBMITTED, t0.plusSeconds(200), Map.of("r", new Answer(null, true, "no info",
                        null), "y", v(true), "n", v("same"))),
                submitted(1, Assessment.SUBMITTED, t0, Map.of("r", v("low"), "y", v(true), "n", v("same"))),
                submitted(2, Assessment.SUBMITTED, t0.plusSeconds(100), Map.of("r", v("high"), "y", v(false),
                        "n", v("same"))),
                submitted(4, Assessment.DRAFT, t0.plusSeconds(300), Map.of("r", v("low"))));
        List<Timeline.FormLine> lines = Timeline.build(list, (id, version) -> def);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.entries()).extracting(Timeline.Entry::assessmentId).as("drafts left out, oldest first")
                    .containsExactly(1L, 2L, 3L);
            assertThat(line.entries().get(0).changes()).isEmpty();
            List<Timeline.Change> second = line.entries().get(1).changes();
            assertThat(second).extracting(Timeline.Change::item).containsExactly("r", "y");
            assertThat(second.get(0).before().labels()).containsExactly(Map.of("nb", "Lav", "nn", "Låg", "en", "Low"));
            assertThat(second.get(0).after().labels()).containsExactly(Map.of("nb", "Høy", "nn", "Høg", "en", "High"));
            List<Timeline.Change> third = line.entries().get(2).changes();
            assertThat(third).extracting(Timeline.Change::item).containsExactly("r", "y");
            assertThat(third.get(0).after().unknown()).isTrue();
        });
    }
}
