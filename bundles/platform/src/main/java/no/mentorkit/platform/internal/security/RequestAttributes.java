package no.mentorkit.platform.internal.security;

/** Names of request properties the access filter leaves for resources. */
public final class RequestAttributes {

    /** The raw session token when the request was authenticated by cookie. */
    public static final String SESSION_TOKEN = "mentorkit.session.token";

    /** The CSRF token of that session. */
    public static final String CSRF_TOKEN = "mentorkit.session.csrf";

    /** The {@link ClientInfo} of the request. */
    public static final String CLIENT = "mentorkit.client";

    private RequestAttributes() {
    }
}
