package no.mentorkit.library.internal.rest;

import javax.ws.rs.core.SecurityContext;

import no.mentorkit.platform.security.UserPrincipal;

/** The signed-in caller of a request (the platform's access filter has let only signed-in users through). */
final class Callers {

    private Callers() {
    }

    static UserPrincipal me(SecurityContext security) {
        return (UserPrincipal) security.getUserPrincipal();
    }
}
