package no.mentorkit.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final TestClock clock = new TestClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final CredentialCache cache = new CredentialCache(TTL, clock);

    @Test
    void unknownCredentialsMiss() {
        assertThat(cache.lookup("alice", "secret")).isNull();
    }

    @Test
    void remembersAVerifiedPairUntilTheTtlPasses() {
        cache.remember("alice", "secret", 42L);

        assertThat(cache.lookup("alice", "secret")).isEqualTo(42L);
        clock.advance(TTL);
        assertThat(cache.lookup("alice", "secret")).isEqualTo(42L);
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.lookup("alice", "secret")).isNull();
    }

    @Test
    void aDifferentPasswordOrUserMisses() {
        cache.remember("alice", "secret", 42L);

        assertThat(cache.lookup("alice", "Secret")).isNull();
        assertThat(cache.lookup("alice", "")).isNull();
        assertThat(cache.lookup("bob", "secret")).isNull();
    }

    @Test
    void movingCharactersBetweenUserAndPasswordMisses() {
        cache.remember("alice", "secret", 42L);

        assertThat(cache.lookup("alices", "ecret")).isNull();
        assertThat(cache.lookup("alic", "esecret")).isNull();
    }

    @Test
    void rememberingAgainRenewsTheTtl() {
        cache.remember("alice", "secret", 42L);
        clock.advance(Duration.ofMinutes(4));
        cache.remember("alice", "secret", 42L);
        clock.advance(Duration.ofMinutes(4));

        assertThat(cache.lookup("alice", "secret")).isEqualTo(42L);
    }

    @Test
    void clearForgetsEverything() {
        cache.remember("alice", "secret", 42L);
        cache.remember("bob", "hunter2", 7L);

        cache.clear();

        assertThat(cache.lookup("alice", "secret")).isNull();
        assertThat(cache.lookup("bob", "hunter2")).isNull();
    }
}
