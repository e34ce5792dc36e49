package no.mentorkit.ethics.internal.osgi;

import org.osgi.service.component.annotations.Component;

import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormKind;

/** Claims ethics checklists, so the forms admin API accepts them while this module is installed. */
@Component(service = FormKind.class)
public class ChecklistFormKind implements FormKind {

    @Override
    public String kind() {
        return FormDefinition.CHECKLIST;
    }
}
