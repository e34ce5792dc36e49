package no.mentorkit.assessment.internal.service;

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

/**
 * The registry's subject directory when one is installed (optional and dynamic: it may come and go at run time).
 * Without it, case codes are typed and no supervisor assignment is known.
 */
@Component(service = Subjects.class)
public class Subjects {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SubjectDirectory directory;

    public boolean available() {
        return directory != null;
    }

    public Optional<Subject> find(UserPrincipal caller, String caseCode) {
        SubjectDirectory d = directory;
        return d == null ? Optional.empty() : d.find(caller, caseCode);
    }

    public List<Subject> search(UserPrincipal caller, String prefix, int limit) {
        SubjectDirectory d = directory;
        return d == null ? List.of() : d.search(caller, prefix, limit);
    }
}
