package no.mentorkit.platform.internal.security;

import java.util.function.BiConsumer;

/** The response headers every page and API answer carries; one policy for both. */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'";

    private SecurityHeaders() {
    }

    public static void apply(boolean secure, BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        if (secure) {
            header.accept("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
