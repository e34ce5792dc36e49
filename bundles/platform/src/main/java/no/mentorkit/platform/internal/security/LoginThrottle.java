package no.mentorkit.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failures are counted per user name and per address over a sliding window;
 * past the limit, attempts are refused for a lockout that doubles with each further failure, capped at the
 * window. An address gets four times the limit of a user name, since many colleagues may share one office
 * address. Kept in memory: a restart resets it, acceptable for a single-node installation.
 */
public final class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;
    /** Past this many tracked names and addresses, stale ones are swept so guessing many names cannot grow memory. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, if locked out. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(userKey(username), maxFailures, now),
                waitFor(addressKey(address), maxFailures * ADDRESS_FACTOR, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            for (String key : java.util.List.copyOf(failures.keySet())) {
                failures.computeIfPresent(key, (k, queue) -> {
                    prune(queue, now);
                    return queue.isEmpty() ? null : queue;
                });
            }
        }
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            failures.compute(key, (k, q) -> {
                Deque<Instant> queue = q == null ? new ArrayDeque<>() : q;
                prune(queue, now);
                queue.addLast(now);
                return queue;
            });
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Duration[] wait = {Duration.ZERO};
        failures.computeIfPresent(key, (k, queue) -> {
            prune(queue, now);
            int over = queue.size() - limit;
            if (over >= 0) {
                Duration lock = lockout.multipliedBy(1L << Math.min(over, 20));
                Instant until = queue.peekLast().plus(lock.compareTo(window) > 0 ? window : lock);
                wait[0] = until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
            }
            return queue.isEmpty() ? null : queue;
        });
        return wait[0];
    }

    private void prune(Deque<Instant> queue, Instant now) {
        Instant oldest = now.minus(window);
        while (!queue.isEmpty() && queue.peekFirst().isBefore(oldest)) {
            queue.removeFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
