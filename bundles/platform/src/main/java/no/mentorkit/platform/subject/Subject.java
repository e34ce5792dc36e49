package no.mentorkit.platform.subject;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A pseudonymous subject as another module may see it: the case code and what is needed to show and
 * authorise it, never personal data.
 *
 * @param caseCode the pseudonymous case code, e.g. {@code BGO-2026-014}
 * @param label short neutral description for pickers, e.g. target group and level
 * @param status the owning module's status code, e.g. {@code active}
 * @param mentorUserIds platform user ids of the mentors currently assigned
 * @param supervisorUserIds platform user ids of those supervising the assigned mentors
 */
@ProviderType
public record Subject(String caseCode, String label, String status, Set<Long> mentorUserIds,
        Set<Long> supervisorUserIds) {

    public Subject {
        mentorUserIds = Set.copyOf(mentorUserIds);
        supervisorUserIds = Set.copyOf(supervisorUserIds);
    }
}
