package no.mentorkit.platform.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void concurrentCallersWithTheSameCredentialsShareOneVerification() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> cache.verified("alice", "secret", () -> {
                    checks.incrementAndGet();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 42L;
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Long> r : results) {
                assertThat(r.get()).isEqualTo(42L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checks.get()).as("one derivation for eight identical requests").isEqualTo(1);
        assertThat(cache.lookup("alice", "secret")).isEqualTo(42L);
    }

    @Test
    void aFailedVerificationIsNotRememberedAndIsRetriedNextTime() {
        AtomicInteger checks = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            Assertions.assertThatThrownBy(() -> cache.verified("alice", "wrong", () -> {
                checks.incrementAndGet();
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
        }
        assertThat(checks.get()).isEqualTo(2);
        assertThat(cache.lookup("alice", "wrong")).isNull();
    }
}
