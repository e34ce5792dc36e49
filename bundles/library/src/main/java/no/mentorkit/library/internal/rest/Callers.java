package no.mentorkit.library.internal.rest;

import java.util.stream.Collectors;

import javax.ws.rs.core.SecurityContext;

import no.mentorkit.library.Access;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/** The caller of a request and the access level their roles give. */
final class Callers {

    private Callers() {
    }

    static UserPrincipal me(SecurityContext security) {
        return (UserPrincipal) security.getUserPrincipal();
    }

    static Access clearance(SecurityContext security) {
        return Access.clearance(me(security).roles().stream().map(Role::code).collect(Collectors.toSet()));
    }
}
