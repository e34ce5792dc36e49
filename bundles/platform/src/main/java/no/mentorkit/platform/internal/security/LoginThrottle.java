package no.mentorkit.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock a named account out from everywhere. Failures are
 * counted over a sliding window in three ways, each with a lockout that doubles with every further failure, capped
 * at the window:
 * <ul>
 * <li>per account <em>and</em> address: the limit; guessing one account from one place stalls quickly;</li>
 * <li>per address, across accounts: four times the limit (colleagues may share an office address);</li>
 * <li>per account, across addresses: twenty times the limit, and only for addresses that have not signed in to that
 * account before. A guessing crowd is stopped, while the account's owner, from an address they used, still gets in:
 * knowing the name {@code admin} is not enough to keep the admin out.</li>
 * </ul>
 * Kept in memory: a restart resets it, acceptable for a single-node installation.
 */
public final class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;
    private static final int ACCOUNT_FACTOR = 20;
    /** Addresses remembered per account as having signed in: enough for a person's usual places. */
    private static final int KNOWN_PER_ACCOUNT = 16;
    /** Past this many tracked keys, stale ones are swept so guessing many names cannot grow memory. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    /** Per account, the addresses that signed in to it, newest last; each list is immutable and replaced whole. */
    private final Map<String, List<String>> knownAddresses = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long the caller must wait before trying this account from this address again, if at all. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(pairKey(username, address), maxFailures, now),
                waitFor(addressKey(address), maxFailures * ADDRESS_FACTOR, now));
        if (!known(username, address)) {
            wait = max(wait, waitFor(accountKey(username), maxFailures * ACCOUNT_FACTOR, now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        for (String key : List.of(pairKey(username, address), addressKey(address), accountKey(username))) {
            failures.compute(key, (k, q) -> {
                Deque<Instant> queue = q == null ? new ArrayDeque<>() : q;
                prune(queue, now);
                queue.addLast(now);
                return queue;
            });
        }
    }

    /** A good password from this address: its failures on the account are forgiven and the address is known. */
    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
        if (knownAddresses.size() > SWEEP_ABOVE) {
            knownAddresses.clear();
        }
        knownAddresses.compute(user(username), (k, old) -> {
            List<String> known = new ArrayList<>(old == null ? List.of() : old);
            known.remove(String.valueOf(address));
            known.add(String.valueOf(address));
            return List.copyOf(known.subList(Math.max(0, known.size() - KNOWN_PER_ACCOUNT), known.size()));
        });
    }

    private boolean known(String username, String address) {
        return knownAddresses.getOrDefault(user(username), List.of()).contains(String.valueOf(address));
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

    private void sweep(Instant now) {
        for (String key : List.copyOf(failures.keySet())) {
            failures.computeIfPresent(key, (k, queue) -> {
                prune(queue, now);
                return queue.isEmpty() ? null : queue;
            });
        }
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

    private static String user(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String username, String address) {
        return "pair:" + address + " " + user(username);
    }

    private static String accountKey(String username) {
        return "user:" + user(username);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
