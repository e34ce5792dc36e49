package no.mentorkit.assessment.internal.osgi;

import org.osgi.service.component.annotations.Component;

import no.mentorkit.forms.FormDefinition;
import no.mentorkit.forms.FormKind;

/** Claims risk-assessment instruments, so the forms admin API accepts them while this module is installed. */
@Component(service = FormKind.class)
public class InstrumentFormKind implements FormKind {

    @Override
    public String kind() {
        return FormDefinition.ASSESSMENT;
    }
}
