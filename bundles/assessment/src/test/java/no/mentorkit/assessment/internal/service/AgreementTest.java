package no.mentorkit.assessment.internal.service;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FormDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementTest {

    private static final String FORM = """
            {"id":"a","version":"1.0.0","kind":"assessment","title":{"nb":"A","nn":"A","en":"A"},
             "scales":[{"id":"s","levels":[{"value":"low","label":{"nb":"L","nn":"L","en":"L"}},
                                           {"value":"high","label":{"nb":"H","nn":"H","en":"H"}}]}],
             "sections":[{"id":"x","title":{"nb":"X","nn":"X","en":"X"},"items":[
               {"id":"r1","type":"rating","scale":"s","label":{"nb":"1","nn":"1","en":"1"}},
               {"id":"r2","type":"rating","scale":"s","label":{"nb":"2","nn":"2","en":"2"}},
               {"id":"r3","type":"rating","scale":"s","label":{"nb":"3","nn":"3","en":"3"}},
               {"id":"r4","type":"rating","scale":"s","allowUnknown":true,"label":{"nb":"4","nn":"4","en":"4"}}]}]}""";

    private static Answer v(String level) {
        return new Answer(level, false, null, null);
    }

    @Test
    void comparesItemByItemWithShareAndKappa() throws Exception {
        FormDefinition form = new ObjectMapper().readValue(FORM, FormDefinition.class);
        Agreement.Result r = Agreement.compare(form, 1, Map.of("r1", v("low"), "r2", v("high"), "r3", v("high"),
                "r4", new Answer(null, true, "no info", null)), 2, Map.of("r1", v("low"), "r2", v("high"),
                "r3", v("low"), "r4", new Answer(null, true, "none", null)));
        assertThat(r.compared()).isEqualTo(4);
        assertThat(r.agreement()).isEqualTo(0.75);
        assertThat(r.items()).filteredOn(i -> !i.agree()).extracting(Agreement.ItemComparison::item).containsExactly("r3");
        // r1..r3: po = 2/3; first rater low 1/3, high 2/3; second low 2/3, high 1/3; pe = 2/9 + 2/9 = 4/9
        assertThat(r.kappa()).isCloseTo((2.0 / 3 - 4.0 / 9) / (1 - 4.0 / 9), within(1e-9));
    }

    @Test
    void kappaIsUndefinedWithoutRatingsOrWithOneCategory() throws Exception {
        FormDefinition form = new ObjectMapper().readValue(FORM, FormDefinition.class);
        assertThat(Agreement.compare(form, 1, Map.of(), 2, Map.of()).kappa()).isNull();
        assertThat(Agreement.compare(form, 1, Map.of("r1", v("low")), 2, Map.of("r1", v("low"))).kappa()).isNull();
    }
}
