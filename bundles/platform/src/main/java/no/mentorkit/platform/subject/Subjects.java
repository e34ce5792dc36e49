package no.mentorkit.platform.subject;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import no.mentorkit.platform.security.UserPrincipal;

/**
 * The {@link SubjectDirectory} when a module publishes one, for modules that may run without it: the platform holds
 * the optional, dynamic reference (the directory may come and go at run time) and answers as an empty directory while
 * there is none, so a module references this service, always present, instead of the directory itself.
 */
@ProviderType
public interface Subjects {

    /** More subjects than an organisation follows at once: "all the caller may see". */
    int ALL = 10_000;

    /** Whether a directory is installed now; without one, case codes are typed and no assignment is known. */
    boolean available();

    /** The subject with this case code if a directory knows it and the caller may see it; empty for {@code null}. */
    Optional<Subject> find(UserPrincipal caller, String caseCode);

    /** Subjects the caller may see whose case code starts with the prefix, at most {@code limit}; none without one. */
    List<Subject> search(UserPrincipal caller, String prefix, int limit);

    /** Every subject the caller may see (none without a directory). */
    default List<Subject> visible(UserPrincipal caller) {
        return search(caller, "", ALL);
    }
}
