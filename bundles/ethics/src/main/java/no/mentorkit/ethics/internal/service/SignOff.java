package no.mentorkit.ethics.internal.service;

import java.util.Optional;

import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * The completion's state machine: draft (the author fills it in) -> signed (by the author) -> countersigned (by a
 * coordinator, or a supervisor of the course, who is not the signer). Nothing changes after signing.
 */
public final class SignOff {

    private SignOff() {
    }

    /** Refuses a change of answers or a signature by anyone but the author, or after signing. */
    public static void requireEditable(Completion c, UserPrincipal me) {
        if (c.authorId() != me.userId()) {
            throw ApiProblem.forbidden("Only the person who started this checklist fills it in and signs it.");
        }
        if (!c.draft()) {
            throw ApiProblem.conflict("This checklist is " + c.status() + " and can no longer change.");
        }
    }

    /**
     * The role the caller countersigns in, or a problem: the completion must be signed, the caller not the signer,
     * and a coordinator, or a supervisor who supervises the subject ({@code supervises}).
     */
    public static String countersignRole(Completion c, UserPrincipal me, boolean supervises) {
        if (!EthicsCodes.SIGNED.equals(c.status())) {
            throw ApiProblem.conflict(c.draft() ? "The checklist must be signed before it is countersigned."
                    : "This checklist is already countersigned.");
        }
        if (c.signedById() != null && c.signedById() == me.userId()) {
            throw ApiProblem.forbidden("The person who signed cannot also countersign.");
        }
        Optional<Role> role = me.has(Role.COORDINATOR) ? Optional.of(Role.COORDINATOR)
                : me.has(Role.SUPERVISOR) && supervises ? Optional.of(Role.SUPERVISOR) : Optional.empty();
        return role.orElseThrow(() -> ApiProblem.forbidden(
                "Only a coordinator, or a supervisor of this course or mentor, countersigns.")).code();
    }
}
