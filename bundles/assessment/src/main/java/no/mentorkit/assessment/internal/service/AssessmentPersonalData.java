package no.mentorkit.assessment.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.assessment.internal.model.Assessment;
import no.mentorkit.assessment.internal.store.AssessmentStore;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.platform.privacy.PersonalData;
import no.mentorkit.platform.privacy.PersonalDataSource;

/**
 * The assessment module's part of a user's access request: the assessments they wrote, by case code, form, status
 * and dates. The answers are about the person assessed, and are read through the assessment itself, on
 * need-to-know.
 */
@Component
public class AssessmentPersonalData implements PersonalDataSource {

    private final AssessmentStore assessments;
    private final FormRegistry forms;

    @Activate
    public AssessmentPersonalData(@Reference AssessmentStore assessments, @Reference FormRegistry forms) {
        this.assessments = assessments;
        this.forms = forms;
    }

    @Override
    public String module() {
        return AssessmentRetention.MODULE;
    }

    @Override
    public Optional<PersonalData> about(long userId) {
        List<Assessment> written = assessments.authoredBy(userId);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> records = written.stream().map(this::summary).toList();
        List<PersonalData.RecordRef> refs = written.stream()
                .map(a -> new PersonalData.RecordRef("assessment", String.valueOf(a.id()))).toList();
        return Optional.of(new PersonalData(Map.of("assessments", records), refs));
    }

    private Map<String, Object> summary(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("caseCode", a.caseCode());
        m.put("form", a.formId() + " " + a.formVersion());
        forms.get(a.formId(), a.formVersion()).ifPresent(f -> m.put("title", f.definition().title()));
        m.put("status", a.status());
        m.put("createdAt", a.createdAt());
        m.put("submittedAt", a.submittedAt());
        return m;
    }
}
