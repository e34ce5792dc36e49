package no.mentorkit.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.audit.AuditEntry;

class AuditChainTest {

    private static final String PREV = "ab".repeat(32);
    private static final Instant AT = Instant.parse("2024-05-01T10:15:30.123456Z");

    /** The fields hashed, in order; index 0 is the previous hash, 1 the id, 2 the time. */
    private static String hash(String[] f) {
        return AuditChain.hash(f[0], Long.parseLong(f[1]), Instant.parse(f[2]), f[3], f[4], f[5], f[6], f[7], f[8],
                f[9]);
    }

    private static String[] base() {
        return new String[] {PREV, "7", AT.toString(), "alice", "10.0.0.1", "platform", "user.create", "user", "42",
                "{\"name\":\"bob\"}"};
    }

    @Test
    void genesisIs64Zeros() {
        assertThat(AuditChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void theHashIsDeterministicLowercaseHexSha256() {
        String a = hash(base());

        assertThat(a).isEqualTo(hash(base())).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void changingAnySingleFieldChangesTheHash() {
        String original = hash(base());
        String[] changed = {"cd".repeat(32), "8", "2024-05-01T10:15:30.123457Z", "alicE", "10.0.0.2", "platforms",
                "user.delete", "users", "43", "{\"name\":\"bob\" }"};

        for (int i = 0; i < changed.length; i++) {
            String[] f = base();
            f[i] = changed[i];
            assertThat(hash(f)).as("field %d changed", i).isNotEqualTo(original);
        }
    }

    @Test
    void nullAndEmptyStringHashDifferently() {
        for (int i = 3; i < 10; i++) {
            String[] withNull = base();
            withNull[i] = null;
            String[] withEmpty = base();
            withEmpty[i] = "";
            assertThat(hash(withNull)).as("field %d", i).isNotEqualTo(hash(withEmpty)).isNotEqualTo(hash(base()));
        }
    }

    @Test
    void aNullFieldDoesNotHashLikeTheTextOfItsMarker() {
        String[] withNull = base();
        withNull[3] = null;
        String[] withDash = base();
        withDash[3] = "-";

        assertThat(hash(withNull)).isNotEqualTo(hash(withDash));
    }

    @Test
    void movingCharactersBetweenAdjacentFieldsChangesTheHash() {
        String[] a = base();
        a[3] = "ab";
        a[4] = "c";
        String[] b = base();
        b[3] = "a";
        b[4] = "bc";

        assertThat(hash(a)).isNotEqualTo(hash(b));
    }

    @Test
    void movingSeparatorLikeTextBetweenFieldsChangesTheHash() {
        // Text that looks like the encoding itself must not let two different entries collide.
        String[] a = base();
        a[5] = "x;1:y";
        a[6] = "z";
        String[] b = base();
        b[5] = "x";
        b[6] = "y;1:z";
        String[] c = base();
        c[5] = null;
        c[6] = "-;1:z";
        String[] d = base();
        d[5] = "-;1:z";
        d[6] = null;

        Set<String> hashes = new HashSet<>(List.of(hash(a), hash(b), hash(c), hash(d)));
        assertThat(hashes).hasSize(4);
    }

    @Test
    void everyFieldTakenOutInTurnGivesADistinctHash() {
        List<String> hashes = new ArrayList<>();
        for (int i = 3; i < 10; i++) {
            String[] f = base();
            f[i] = null;
            hashes.add(hash(f));
        }
        assertThat(new HashSet<>(hashes)).hasSize(hashes.size());
    }

    @Test
    void hashOfAnEntryEqualsTheHashOfItsFields() {
        AuditEntry entry = new AuditEntry(7, AT, "alice", "10.0.0.1", "platform", "user.create", "user", "42",
                "{\"name\":\"bob\"}", PREV, "stored hash is not hashed");

        assertThat(AuditChain.hashOf(entry)).isEqualTo(hash(base()));
    }

    @Test
    void hashOfIgnoresTheStoredHashButNotThePreviousOne() {
        AuditEntry entry = new AuditEntry(1, AT, null, null, "platform", "start", null, null, null,
                AuditChain.GENESIS, "x");
        AuditEntry sameButStoredHash = new AuditEntry(1, AT, null, null, "platform", "start", null, null, null,
                AuditChain.GENESIS, "y");
        AuditEntry otherPrevious = new AuditEntry(1, AT, null, null, "platform", "start", null, null, null,
                "1".repeat(64), "x");

        assertThat(AuditChain.hashOf(entry)).isEqualTo(AuditChain.hashOf(sameButStoredHash))
                .isNotEqualTo(AuditChain.hashOf(otherPrevious));
    }

    @Test
    void theTimeIsHashedAtFullPrecision() {
        String[] f = base();
        f[2] = "2024-05-01T10:15:30.123456001Z";

        assertThat(hash(f)).isNotEqualTo(hash(base()));
    }
}
