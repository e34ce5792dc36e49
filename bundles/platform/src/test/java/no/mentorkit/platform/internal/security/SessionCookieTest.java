package no.mentorkit.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

    private static List<String> attributes(String header) {
        return Arrays.asList(header.split("; "));
    }

    @Test
    void setCarriesTheTokenAndLocksTheCookieDown() {
        String header = SessionCookie.set("tok123", false);

        assertThat(header).startsWith("MENTORKIT_SESSION=tok123; ");
        assertThat(attributes(header)).contains("Path=/", "HttpOnly", "SameSite=Strict").doesNotContain("Secure");
        assertThat(header).doesNotContain("Max-Age");
    }

    @Test
    void setIsSecureOnlyWhenAskedTo() {
        assertThat(attributes(SessionCookie.set("tok123", true)))
                .contains("Path=/", "HttpOnly", "SameSite=Strict", "Secure");
        assertThat(attributes(SessionCookie.set("tok123", false))).doesNotContain("Secure");
    }

    @Test
    void clearEmptiesTheCookieAndExpiresItAtOnce() {
        String header = SessionCookie.clear(false);

        assertThat(header).startsWith("MENTORKIT_SESSION=; ");
        assertThat(attributes(header)).contains("Path=/", "Max-Age=0", "HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure");
    }

    @Test
    void clearIsSecureOnlyWhenAskedTo() {
        assertThat(attributes(SessionCookie.clear(true))).contains("Max-Age=0", "Secure");
    }
}
