package no.mentorkit.ethics.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.store.CompletionStore;
import no.mentorkit.ethics.internal.store.GuidelineStore;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.platform.privacy.PersonalData;
import no.mentorkit.platform.privacy.PersonalDataSource;

/**
 * The ethics module's part of a user's access request: the guideline versions they accepted, and the checklists
 * they wrote, signed or countersigned, listed by form, subject and dates (the answers are about the people the
 * checklists concern, and are read through the checklist itself, on need-to-know).
 */
@Component
public class EthicsPersonalData implements PersonalDataSource {

    private final CompletionStore completions;
    private final GuidelineStore guidelines;
    private final FormRegistry forms;

    @Activate
    public EthicsPersonalData(@Reference CompletionStore completions, @Reference GuidelineStore guidelines,
            @Reference FormRegistry forms) {
        this.completions = completions;
        this.guidelines = guidelines;
        this.forms = forms;
    }

    @Override
    public String module() {
        return EthicsCodes.MODULE;
    }

    @Override
    public Optional<PersonalData> about(long userId) {
        List<GuidelineStore.Acceptance> accepted = guidelines.acceptances(null).stream()
                .filter(a -> a.userId() == userId).toList();
        List<Completion> theirs = completions.all().stream().filter(c -> c.authorId() == userId
                || Long.valueOf(userId).equals(c.signedById()) || Long.valueOf(userId).equals(c.countersignedById()))
                .toList();
        if (accepted.isEmpty() && theirs.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> checklists = theirs.stream().map(this::summary).toList();
        List<PersonalData.RecordRef> refs = theirs.stream()
                .map(c -> new PersonalData.RecordRef("completion", String.valueOf(c.id()))).toList();
        return Optional.of(new PersonalData(Map.of("guidelinesAccepted", accepted, "checklists", checklists), refs));
    }

    private Map<String, Object> summary(Completion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("subjectType", c.subjectType());
        m.put("subjectId", c.subjectId());
        m.put("form", c.formId() + " " + c.formVersion());
        // The form's title in every language, so the access page names the checklist in the reader's words.
        forms.get(c.formId(), c.formVersion()).ifPresent(f -> m.put("title", f.definition().title()));
        m.put("status", c.status());
        m.put("author", c.authorName());
        m.put("createdAt", c.createdAt());
        m.put("signedBy", c.signedBy());
        m.put("signedAt", c.signedAt());
        m.put("countersignedBy", c.countersignedBy());
        m.put("countersignedAt", c.countersignedAt());
        return m;
    }
}
