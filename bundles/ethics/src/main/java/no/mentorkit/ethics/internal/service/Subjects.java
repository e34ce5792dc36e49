package no.mentorkit.ethics.internal.service;

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
 * Courses from the registry's subject directory when one is installed (optional, dynamic, greedy). The directory
 * answers only what the caller may see and audits the lookup; without it case codes are typed and no mentor or
 * supervisor assignment is known.
 */
@Component(service = Subjects.class)
public class Subjects {

    /** More courses than an organisation runs at once; the due list looks at all the caller may see. */
    static final int ALL = 10_000;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SubjectDirectory directory;

    public boolean available() {
        return directory != null;
    }

    public Optional<Subject> course(UserPrincipal caller, String caseCode) {
        SubjectDirectory d = directory;
        return d == null || caseCode == null ? Optional.empty() : d.find(caller, caseCode);
    }

    /** Every course the caller may see (none without a registry). */
    public List<Subject> visible(UserPrincipal caller) {
        return search(caller, "", ALL);
    }

    /** Courses the caller may see whose case code starts with the prefix, at most {@code limit}. */
    public List<Subject> search(UserPrincipal caller, String prefix, int limit) {
        SubjectDirectory d = directory;
        return d == null ? List.of() : d.search(caller, prefix, limit);
    }
}
