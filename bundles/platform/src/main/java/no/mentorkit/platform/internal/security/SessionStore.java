package no.mentorkit.platform.internal.security;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javax.sql.DataSource;

import no.mentorkit.platform.storage.Sql;

/**
 * Browser sessions in the database, so they survive a restart of the platform bundle. The token itself is only
 * ever in the client's cookie; the table holds its digest.
 */
public final class SessionStore {

    /** A live session. */
    public record Session(long userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    }

    /** What a new login hands to the client. */
    public record Issued(String token, String csrfToken) {
    }

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final String ENDED_BEFORE = " WHERE last_seen_at < ? OR created_at < ?";

    private final DataSource db;
    private final Duration idle;
    private final Duration max;
    private final Clock clock;

    public SessionStore(DataSource db, Duration idle, Duration max, Clock clock) {
        this.db = db;
        this.idle = idle;
        this.max = max;
        this.clock = clock;
    }

    public Issued create(long userId) {
        String token = Tokens.random(32);
        String csrf = Tokens.random(32);
        Instant now = now();
        Sql.transaction(db, c -> {
            Sql.update(c, "DELETE FROM platform.sessions" + ENDED_BEFORE, ps -> bindEnded(ps, now));
            return Sql.update(c, "INSERT INTO platform.sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) "
                    + "VALUES (?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, Tokens.sha256Hex(token));
                        ps.setLong(2, userId);
                        ps.setString(3, csrf);
                        ps.setObject(4, now.atOffset(ZoneOffset.UTC));
                        ps.setObject(5, now.atOffset(ZoneOffset.UTC));
                    });
        });
        return new Issued(token, csrf);
    }

    /** The session for a token, if it exists and has not expired; {@code touch} refreshes its idle timer. */
    public Optional<Session> find(String token, boolean touch) {
        String digest = Tokens.sha256Hex(token);
        Optional<Session> found = Sql.query(db,
                "SELECT user_id, csrf_token, created_at, last_seen_at FROM platform.sessions WHERE token_hash = ?",
                ps -> ps.setString(1, digest),
                rs -> rs.next() ? Optional.of(new Session(rs.getLong(1), rs.getString(2), Sql.instant(rs, 3),
                        Sql.instant(rs, 4))) : Optional.empty());
        Instant now = now();
        if (found.isEmpty()) {
            return found;
        }
        Session s = found.get();
        if (s.lastSeenAt().plus(idle).isBefore(now) || s.createdAt().plus(max).isBefore(now)) {
            delete(token);
            return Optional.empty();
        }
        // Writing on every request would turn reads into writes; a minute's resolution is enough for idle expiry.
        if (touch && s.lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            Sql.transaction(db, c -> Sql.update(c, "UPDATE platform.sessions SET last_seen_at = ? WHERE token_hash = ?",
                    ps -> {
                        ps.setObject(1, now.atOffset(ZoneOffset.UTC));
                        ps.setString(2, digest);
                    }));
        }
        return found;
    }

    public void delete(String token) {
        Sql.transaction(db, c -> Sql.update(c, "DELETE FROM platform.sessions WHERE token_hash = ?",
                ps -> ps.setString(1, Tokens.sha256Hex(token))));
    }

    /** Ends every session of a user, e.g. when the account is disabled or its password reset. */
    public void deleteForUser(long userId) {
        Sql.transaction(db, c -> Sql.update(c, "DELETE FROM platform.sessions WHERE user_id = ?",
                ps -> ps.setLong(1, userId)));
    }

    /** Ends every other session of a user; {@code keepToken} may be null when the caller used Basic. */
    public void deleteForUserExcept(long userId, String keepToken) {
        String keep = keepToken == null ? "" : Tokens.sha256Hex(keepToken);
        Sql.transaction(db, c -> Sql.update(c, "DELETE FROM platform.sessions WHERE user_id = ? AND token_hash <> ?",
                ps -> {
                    ps.setLong(1, userId);
                    ps.setString(2, keep);
                }));
    }

    /**
     * Sessions that ended (idle or at their maximum age) before the cutoff: what retention deletes. A live session is
     * never among them, whatever the cutoff.
     */
    public long endedBefore(Instant cutoff) {
        return Sql.query(db, "SELECT COUNT(*) FROM platform.sessions" + ENDED_BEFORE, ps -> bindEnded(ps, cutoff),
                rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    public long deleteEndedBefore(Instant cutoff) {
        return Sql.transaction(db, c -> Sql.update(c, "DELETE FROM platform.sessions" + ENDED_BEFORE,
                ps -> bindEnded(ps, cutoff)));
    }

    /** A session ends at the earlier of last use + idle and creation + max; it ended before the cutoff if either did. */
    private void bindEnded(PreparedStatement ps, Instant cutoff) throws SQLException {
        Instant end = cutoff.isAfter(now()) ? now() : cutoff;
        ps.setObject(1, end.minus(idle).atOffset(ZoneOffset.UTC));
        ps.setObject(2, end.minus(max).atOffset(ZoneOffset.UTC));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
