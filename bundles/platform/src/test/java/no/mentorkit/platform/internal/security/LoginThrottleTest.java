package no.mentorkit.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final int MAX = 3;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCKOUT = Duration.ofMinutes(1);

    private final TestClock clock = new TestClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(MAX, WINDOW, LOCKOUT, clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void aNewUserIsNotBlocked() {
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresBelowTheLimitDoNotBlock() {
        fail("alice", "10.0.0.1", MAX - 1);

        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void reachingTheLimitBlocksForTheLockout() {
        fail("alice", "10.0.0.1", MAX);

        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(LOCKOUT);
        assertThat(throttle.blockedFor("bob", "10.0.0.2")).isEmpty();
    }

    @Test
    void failuresFromOneAddressDoNotLockTheAccountOutElsewhere() {
        // Issue 16 item 17: five wrong passwords from anywhere locked "admin" out for everyone.
        fail("admin", "10.6.6.6", MAX + 3);

        assertThat(throttle.blockedFor("admin", "10.6.6.6")).isPresent();
        assertThat(throttle.blockedFor("admin", "10.0.0.2")).isEmpty();
    }

    @Test
    void aCrowdGuessingOneAccountIsStoppedButItsOwnerStillGetsInFromAKnownAddress() {
        throttle.succeeded("admin", "10.0.0.9");
        // Many addresses, each staying under its own limits: 20 times the limit in all.
        for (int i = 0; i < 20 * MAX; i++) {
            throttle.failed("admin", "198.51.100." + i);
        }
        assertThat(throttle.blockedFor("admin", "203.0.113.1")).as("a new address").contains(LOCKOUT);
        assertThat(throttle.blockedFor("admin", "10.0.0.9")).as("the owner's address").isEmpty();
        assertThat(throttle.blockedFor("bob", "203.0.113.1")).isEmpty();
    }

    @Test
    void guessingStaysImpracticalFromOneAddress() {
        // Within one window, the doubling lockouts allow only a handful of guesses per account and address.
        int guesses = 0;
        for (int minute = 0; minute < WINDOW.toMinutes(); minute++) {
            while (throttle.blockedFor("admin", "10.6.6.6").isEmpty()) {
                throttle.failed("admin", "10.6.6.6");
                guesses++;
            }
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(guesses).isLessThanOrEqualTo(MAX + 3);
    }

    @Test
    void theWaitShrinksAsTimePassesAndEnds() {
        fail("alice", "10.0.0.1", MAX);

        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(40));

        clock.advance(Duration.ofSeconds(40));
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockout() {
        fail("alice", "10.0.0.1", MAX + 1);
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(LOCKOUT.multipliedBy(2));

        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(LOCKOUT.multipliedBy(4));
    }

    @Test
    void theLockoutIsCappedAtTheWindow() {
        // 2^4 minutes = 16 minutes would exceed the 15-minute window.
        fail("alice", "10.0.0.1", MAX + 4);

        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(WINDOW);
    }

    @Test
    void manyFurtherFailuresDoNotOverflowTheLockout() {
        fail("alice", "10.0.0.1", MAX + 70);

        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(WINDOW);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("alice", "10.0.0.1", MAX - 1);
        clock.advance(WINDOW.plusSeconds(1));
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresJustInsideTheWindowStillCount() {
        fail("alice", "10.0.0.1", MAX - 1);
        clock.advance(WINDOW.minusSeconds(1));
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(LOCKOUT);
    }

    @Test
    void successClearsTheUsersFailures() {
        fail("alice", "10.0.0.1", MAX - 1);
        throttle.succeeded("alice", "10.0.0.1");
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void successLiftsABlockOnTheUserFromThatAddress() {
        fail("alice", "10.0.0.1", MAX);
        throttle.succeeded("alice", "10.0.0.1");

        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAddressMayFailFourTimesTheUserLimitAcrossUsers() {
        for (int i = 0; i < 4 * MAX - 1; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.blockedFor("someone", "10.0.0.1")).isEmpty();

        throttle.failed("one-more", "10.0.0.1");
        assertThat(throttle.blockedFor("someone", "10.0.0.1")).contains(LOCKOUT);
        assertThat(throttle.blockedFor("someone", "10.0.0.2")).isEmpty();
    }

    @Test
    void successDoesNotClearTheAddressFailures() {
        for (int i = 0; i < 4 * MAX; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        throttle.succeeded("user0", "10.0.0.1");

        assertThat(throttle.blockedFor("someone", "10.0.0.1")).contains(LOCKOUT);
    }

    @Test
    void userNamesAreComparedIgnoringCase() {
        throttle.failed("Alice", "10.0.0.1");
        throttle.failed("ALICE", "10.0.0.1");
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.blockedFor("aLiCe", "10.0.0.1")).contains(LOCKOUT);

        throttle.succeeded("ALICE", "10.0.0.1");
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void evenTheLongestLockoutEndsOnceTheWindowHasPassed() {
        fail("alice", "10.0.0.1", MAX + 10);
        clock.advance(WINDOW.minusSeconds(1));
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor("alice", "10.0.0.1")).isEmpty();
    }
}
