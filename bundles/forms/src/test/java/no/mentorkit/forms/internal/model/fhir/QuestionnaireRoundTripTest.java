package no.mentorkit.forms.internal.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.mentorkit.forms.Condition;
import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormStatus;
import no.mentorkit.forms.Item;
import no.mentorkit.forms.internal.model.FormLinter;

/**
 * Every instrument and checklist Mentorkit ships, exported as a FHIR Questionnaire and imported again, is the same
 * form, item by item. Conditions are compared by meaning: FHIR's enableWhen has one value per clause, so
 * {@code in: [a]} comes back as {@code equals: a} and an "any" over several values as several clauses.
 */
class QuestionnaireRoundTripTest {

    static Stream<Path> shippedForms() throws IOException {
        Path bundles = Path.of("..").toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("assessment/src/main/resources/forms", "ethics/src/main/resources/checklists")) {
            try (Stream<Path> s = Files.list(bundles.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".form.json")).sorted().forEach(files::add);
            }
        }
        assertThat(files).as("shipped forms found").hasSizeGreaterThanOrEqualTo(7);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("shippedForms")
    void exportedAndImportedIsTheSameForm(Path file) throws IOException {
        FormDefinition original = lint(file.getFileName().toString(), Files.readAllBytes(file));
        String fhir = QuestionnaireExport.json(original, FormStatus.PUBLISHED);

        QuestionnaireImport.Result back = QuestionnaireImport.read("x" + QuestionnaireImport.SUFFIX,
                fhir.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(back.errors()).as("import of the export").isEmpty();
        FormDefinition again = lint("again", back.definition());

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(again.id()).isEqualTo(original.id());
        soft.assertThat(again.version()).isEqualTo(original.version());
        soft.assertThat(again.kind()).isEqualTo(original.kind());
        soft.assertThat(again.title()).isEqualTo(original.title());
        soft.assertThat(again.description()).isEqualTo(original.description());
        soft.assertThat(again.training()).isEqualTo(original.training());
        soft.assertThat(again.reassessEvery()).isEqualTo(original.reassessEvery());
        soft.assertThat(again.checklist()).isEqualTo(original.checklist());
        soft.assertThat(again.scales()).isEqualTo(original.scales());
        soft.assertThat(again.scoring()).isEqualTo(original.scoring());
        soft.assertThat(again.judgement()).isEqualTo(original.judgement());
        soft.assertThat(again.sections()).hasSameSizeAs(original.sections());
        for (int s = 0; s < original.sections().size(); s++) {
            FormDefinition.Section a = original.sections().get(s);
            FormDefinition.Section b = again.sections().get(s);
            soft.assertThat(b.id()).isEqualTo(a.id());
            soft.assertThat(b.title()).as(a.id() + " title").isEqualTo(a.title());
            soft.assertThat(b.description()).as(a.id() + " description").isEqualTo(a.description());
            soft.assertThat(b.items().stream().map(Item::id)).as(a.id() + " items")
                    .containsExactlyElementsOf(a.items().stream().map(Item::id).toList());
        }
        original.items().forEach(i -> soft.assertThat(comparable(again.item(i.id()).orElseThrow()))
                .as(file.getFileName() + " item " + i.id()).isEqualTo(comparable(i)));
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("shippedForms")
    void exportCarriesTheFhirParts(Path file) throws IOException {
        FormDefinition def = lint(file.getFileName().toString(), Files.readAllBytes(file));
        Questionnaire q = QuestionnaireExport.questionnaire(def, FormStatus.RETIRED);

        assertThat(q.getUrl()).isEqualTo(QuestionnaireExport.CANONICAL + def.id());
        assertThat(q.getVersion()).isEqualTo(def.version());
        assertThat(q.getStatus().toCode()).isEqualTo("retired");
        assertThat(q.getTitle()).isEqualTo(def.title().get("nb"));
        assertThat(q.getTitleElement().getExtensionsByUrl(Fhir.TRANSLATION)).hasSize(2);
        long withConditions = def.items().filter(i -> i.visibleWhen() != null).count();
        long enableWhen = q.getItem().stream().flatMap(g -> g.getItem().stream())
                .filter(i -> i.hasEnableWhen() || i.hasExtension(Fhir.ENABLE_WHEN_EXPRESSION)).count();
        assertThat(enableWhen).as("every condition exported").isEqualTo(withConditions);
        q.getItem().stream().flatMap(g -> g.getItem().stream()).filter(i -> i.getEnableWhen().size() > 1)
                .forEach(i -> assertThat(i.hasEnableBehavior()).as(i.getLinkId()).isTrue());
    }

    private static FormDefinition lint(String file, byte[] content) {
        FormLinter.Result r = FormLinter.lint(file, content);
        assertThat(r.errors()).as(file).isEmpty();
        return r.definition();
    }

    /** An item with its condition in one normal form: a clause's values always as a list. */
    private static Item comparable(Item i) {
        return new Item(i.id(), i.type(), i.label(), i.help(), i.text(), i.required(), i.allowUnknown(),
                i.evidence(), i.protective(), normal(i.visibleWhen()), i.scale(), i.options(), i.min(), i.max(),
                i.pattern());
    }

    private static Condition normal(Condition c) {
        if (c == null) {
            return null;
        }
        if (c.item() != null) {
            List<Object> values = c.in() != null ? c.in() : c.equalTo() != null ? List.of(c.equalTo()) : null;
            return new Condition(null, null, c.item(), null, values, c.answered());
        }
        if (c.all() != null) {
            return new Condition(null, c.all().stream().map(QuestionnaireRoundTripTest::normal).toList(), null, null,
                    null, null);
        }
        // In "any", several clauses on the values of one item are one clause with all those values.
        Map<String, List<Object>> values = new LinkedHashMap<>();
        List<Condition> parts = new ArrayList<>();
        for (Condition part : c.any().stream().map(QuestionnaireRoundTripTest::normal).toList()) {
            if (part.item() != null && part.in() != null) {
                values.computeIfAbsent(part.item(), k -> new ArrayList<>()).addAll(part.in());
            } else {
                parts.add(part);
            }
        }
        values.forEach((item, v) -> parts.add(new Condition(null, null, item, null, v, null)));
        return new Condition(parts, null, null, null, null, null);
    }
}
