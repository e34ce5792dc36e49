package no.mentorkit.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers recently verified HTTP Basic credentials for a few minutes, so a script's every request does not
 * pay a full PBKDF2 derivation. Keys are HMACs under a random per-process key; no password is kept. Concurrent
 * requests with the same credentials share one verification rather than each deriving the key.
 */
public final class CredentialCache {

    private final byte[] key = Tokens.random(32).getBytes(StandardCharsets.US_ASCII);
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Long>> inFlight = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    private record Entry(long userId, Instant until) {
    }

    public CredentialCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * The user id for these credentials: from the cache when fresh, otherwise from {@code check}, which runs once
     * for all concurrent callers with the same credentials. Whatever {@code check} throws, every caller gets.
     */
    public long verified(String username, String password, LongSupplier check) {
        Long cached = lookup(username, password);
        if (cached != null) {
            return cached;
        }
        String key = mac(username, password);
        CompletableFuture<Long> mine = new CompletableFuture<>();
        CompletableFuture<Long> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            long id = check.getAsLong();
            remember(username, password, id);
            mine.complete(id);
            return id;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** The user id these credentials were verified for, if still fresh. */
    public Long lookup(String username, String password) {
        Entry e = entries.get(mac(username, password));
        if (e == null || e.until().isBefore(clock.instant())) {
            return null;
        }
        return e.userId();
    }

    public void remember(String username, String password, long userId) {
        if (entries.size() > 10_000) {
            entries.clear();
        }
        entries.put(mac(username, password), new Entry(userId, clock.instant().plus(ttl)));
    }

    /** Forgets everything: called whenever any account changes. */
    public void clear() {
        entries.clear();
    }

    private String mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
