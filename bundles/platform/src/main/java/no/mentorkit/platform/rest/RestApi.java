package no.mentorkit.platform.rest;

import org.osgi.annotation.versioning.ProviderType;

/** Constants module bundles use to attach resources to the one Mentorkit JAX-RS application at {@code /api}. */
@ProviderType
public final class RestApi {

    /** Name of the application; select it with {@link #APPLICATION_SELECT}. */
    public static final String APPLICATION_NAME = "mentorkit";

    /** Value for {@code @JaxrsApplicationSelect} on every Mentorkit resource. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Media type of every error response (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private RestApi() {
    }
}
