package no.mentorkit.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.audit.AuditEntry;
import no.mentorkit.platform.audit.AuditLog.ChainVerification;

/** The walk along the chain from its base: the genesis, or the base a retention prune left. */
class ChainWalkTest {

    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant CUTOFF = Instant.parse("2020-01-01T00:05:00Z");

    /** A chain of {@code n} fictional entries at positions 1..n, one minute apart, from the genesis. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = entry(i, previous, "fictional read " + i);
            out.add(e);
            previous = e.hash();
        }
        return out;
    }

    private static AuditEntry entry(long id, String previous, String detail) {
        Instant at = T0.plusSeconds(60 * id);
        String hash = AuditChain.hash(previous, id, at, "it-tester", null, "platform", "read", "case", "TEST-" + id,
                detail);
        return new AuditEntry(id, at, "it-tester", null, "platform", "read", "case", "TEST-" + id, detail, previous,
                hash);
    }

    /** The base a prune of the entries up to {@code seq} leaves. */
    private static ChainBase baseAfter(List<AuditEntry> chain, int seq) {
        return new ChainBase(seq, chain.get(seq - 1).hash(), CUTOFF, CUTOFF.plusSeconds(1), "admin", seq);
    }

    private static ChainVerification walk(ChainBase base, List<AuditEntry> kept) {
        ChainWalk walk = new ChainWalk(base);
        for (AuditEntry e : kept) {
            if (!walk.next(e.id(), e)) {
                break;
            }
        }
        return walk.result();
    }

    @Test
    void aWholeChainHoldsFromTheGenesisAndSaysSo() {
        List<AuditEntry> chain = chain(5);

        ChainVerification v = walk(ChainBase.GENESIS, chain);

        assertThat(v.valid()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
        assertThat(v.verifiedFrom().seq()).isEqualTo(1);
        assertThat(v.verifiedFrom().at()).isEqualTo(chain.get(0).at());
        assertThat(v.prunedBefore()).isNull();
    }

    @Test
    void aPrunedChainHoldsFromItsBaseAndSaysFromWhere() {
        List<AuditEntry> chain = chain(8);

        ChainVerification v = walk(baseAfter(chain, 3), chain.subList(3, 8));

        assertThat(v.valid()).as(v.detail()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
        assertThat(v.verifiedFrom().seq()).isEqualTo(4);
        assertThat(v.verifiedFrom().at()).isEqualTo(chain.get(3).at());
        assertThat(v.prunedBefore()).isEqualTo(CUTOFF);
        assertThat(v.detail()).contains("from position 4").contains("deleted by retention");
    }

    @Test
    void aPrunedChainWalkedFromTheGenesisFails() {
        List<AuditEntry> chain = chain(8);

        ChainVerification v = walk(ChainBase.GENESIS, chain.subList(3, 8));

        assertThat(v.valid()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(4);
    }

    @Test
    void aBaseWhoseHashWasChangedNoLongerCarriesTheFirstKeptEntry() {
        List<AuditEntry> chain = chain(8);
        ChainBase real = baseAfter(chain, 3);
        ChainBase changed = new ChainBase(3, "ab".repeat(32), real.prunedBefore(), real.prunedAt(), "admin", 3);

        ChainVerification v = walk(changed, chain.subList(3, 8));

        assertThat(v.valid()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(4);
        assertThat(v.detail()).contains("base left by the prune");
    }

    @Test
    void moreEntriesDeletedThanTheBaseSaysIsAGap() {
        List<AuditEntry> chain = chain(8);

        ChainVerification v = walk(baseAfter(chain, 3), chain.subList(4, 8));

        assertThat(v.valid()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(5);
        assertThat(v.detail()).contains("position 4 is missing");
    }

    @Test
    void aChangedKeptEntryAfterTheBaseIsFound() {
        List<AuditEntry> chain = new ArrayList<>(chain(8));
        AuditEntry e = chain.get(5);
        chain.set(5, new AuditEntry(e.id(), e.at(), e.actor(), e.remoteAddress(), e.module(), e.action(),
                e.recordType(), e.recordId(), "changed afterwards", e.previousHash(), e.hash()));

        ChainVerification v = walk(baseAfter(chain, 3), chain.subList(3, 8));

        assertThat(v.valid()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(6);
        assertThat(v.checked()).isEqualTo(2);
        assertThat(v.verifiedFrom().seq()).isEqualTo(4);
        assertThat(v.detail()).contains("changed after it was written");
    }
}
