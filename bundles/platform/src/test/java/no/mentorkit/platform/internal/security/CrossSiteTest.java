package no.mentorkit.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossSiteTest {

    @Test
    void anOriginMatchingTheHostIsSameSite() {
        assertThat(CrossSite.isCrossSite("https://mentorkit.example", null, "mentorkit.example")).isFalse();
        assertThat(CrossSite.isCrossSite("http://localhost:8181", null, "localhost:8181")).isFalse();
        assertThat(CrossSite.isCrossSite("http://[::1]:8181", null, "[::1]:8181")).isFalse();
    }

    @Test
    void hostsAreComparedIgnoringCase() {
        assertThat(CrossSite.isCrossSite("https://MentorKit.Example", null, "mentorkit.example")).isFalse();
    }

    @Test
    void anotherHostIsCrossSite() {
        assertThat(CrossSite.isCrossSite("https://evil.example", null, "mentorkit.example")).isTrue();
        assertThat(CrossSite.isCrossSite("https://mentorkit.example.evil.example", null, "mentorkit.example"))
                .isTrue();
    }

    @Test
    void anotherPortIsCrossSite() {
        assertThat(CrossSite.isCrossSite("http://localhost:8080", null, "localhost:8181")).isTrue();
        assertThat(CrossSite.isCrossSite("http://localhost", null, "localhost:8181")).isTrue();
        assertThat(CrossSite.isCrossSite("http://localhost:8181", null, "localhost")).isTrue();
    }

    @Test
    void anOriginWithoutAHostHeaderIsCrossSite() {
        assertThat(CrossSite.isCrossSite("https://mentorkit.example", null, null)).isTrue();
    }

    @Test
    void fetchMetadataSayingCrossSiteIsRefusedWhateverTheOrigin() {
        assertThat(CrossSite.isCrossSite("https://mentorkit.example", "cross-site", "mentorkit.example")).isTrue();
        assertThat(CrossSite.isCrossSite(null, "cross-site", "mentorkit.example")).isTrue();
    }

    @Test
    void fetchMetadataSayingSameOriginPasses() {
        assertThat(CrossSite.isCrossSite("https://mentorkit.example", "same-origin", "mentorkit.example")).isFalse();
        assertThat(CrossSite.isCrossSite(null, "same-origin", "mentorkit.example")).isFalse();
    }

    @Test
    void fetchMetadataSayingSameOriginDoesNotOverrideAForeignOrigin() {
        assertThat(CrossSite.isCrossSite("https://evil.example", "same-origin", "mentorkit.example")).isTrue();
    }

    @Test
    void noOriginPassesForClientsThatAreNotBrowsers() {
        assertThat(CrossSite.isCrossSite(null, null, "mentorkit.example")).isFalse();
        assertThat(CrossSite.isCrossSite("", null, "mentorkit.example")).isFalse();
        assertThat(CrossSite.isCrossSite(null, null, null)).isFalse();
    }

    @Test
    void theOpaqueNullOriginIsCrossSite() {
        assertThat(CrossSite.isCrossSite("null", null, "mentorkit.example")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://exa mple.com", "http://[::1", "not an origin", "mentorkit.example",
            "http://mentorkit.example:port"})
    void aMalformedOriginIsCrossSite(String origin) {
        assertThat(CrossSite.isCrossSite(origin, null, "mentorkit.example")).isTrue();
    }
}
