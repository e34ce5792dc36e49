package no.mentorkit.platform.subject;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import no.mentorkit.platform.security.UserPrincipal;

/**
 * Finds subjects by case code on behalf of a caller. Implementations return only what the caller may see, so a
 * module using the directory inherits the owner's need-to-know rules. Lookups are not audited by the directory:
 * modules look subjects up to decide access for records the caller never sees, and the log must record only what
 * the caller saw or asked for. The module audits what it shows (e.g. the case codes of a search answer).
 */
@ConsumerType
public interface SubjectDirectory {

    /** Subjects whose case code starts with the prefix (case-insensitive), at most {@code limit}, by case code. */
    List<Subject> search(UserPrincipal caller, String prefix, int limit);

    /** The subject with exactly this case code, if it exists and the caller may see it. */
    Optional<Subject> find(UserPrincipal caller, String caseCode);
}
