package no.mentorkit.platform.internal.security;

/** The browser session cookie. Built by hand because JAX-RS 2.1 cannot express SameSite. */
public final class SessionCookie {

    public static final String NAME = "MENTORKIT_SESSION";

    private SessionCookie() {
    }

    public static String set(String token, boolean secure) {
        return NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    public static String clear(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
