package no.mentorkit.platform.internal.subject;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subject;
import no.mentorkit.platform.subject.SubjectDirectory;
import no.mentorkit.platform.subject.Subjects;

/**
 * {@link Subjects} over an optional, dynamic, greedy reference: a directory installed later is taken up at once and
 * one removed is let go without restarting the modules that use it.
 */
@Component(service = Subjects.class)
public class OptionalSubjects implements Subjects {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SubjectDirectory directory;

    @Override
    public boolean available() {
        return directory != null;
    }

    @Override
    public Optional<Subject> find(UserPrincipal caller, String caseCode) {
        SubjectDirectory d = directory;
        return d == null || caseCode == null ? Optional.empty() : d.find(caller, caseCode);
    }

    @Override
    public List<Subject> search(UserPrincipal caller, String prefix, int limit) {
        SubjectDirectory d = directory;
        return d == null ? List.of() : d.search(caller, prefix, limit);
    }
}
