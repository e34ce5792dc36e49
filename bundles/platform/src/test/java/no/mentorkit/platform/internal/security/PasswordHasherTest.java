package no.mentorkit.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void verifiesTheRightPassword() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertThat(hasher.verify("correct horse".toCharArray(), stored)).isTrue();
    }

    @Test
    void rejectsAWrongPassword() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertThat(hasher.verify("correct hors".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("Correct horse".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(new char[0], stored)).isFalse();
    }

    @Test
    void theSamePasswordGetsADifferentSaltAndHashEachTime() {
        String a = hasher.hash("secret".toCharArray());
        String b = hasher.hash("secret".toCharArray());

        assertThat(a).isNotEqualTo(b);
        assertThat(a.split("\\$")[2]).isNotEqualTo(b.split("\\$")[2]);
        assertThat(a.split("\\$")[3]).isNotEqualTo(b.split("\\$")[3]);
    }

    @Test
    void storedFormNamesAlgorithmIterationsSaltAndHash() {
        String stored = hasher.hash("secret".toCharArray());

        String[] parts = stored.split("\\$", -1);
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("10000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(stored).doesNotContain("=");
    }

    @Test
    void anOlderWeakerHashStillVerifiesButAsksForARehash() {
        String old = new PasswordHasher(10_000).hash("secret".toCharArray());
        PasswordHasher stronger = new PasswordHasher(12_000);

        assertThat(stronger.verify("secret".toCharArray(), old)).isTrue();
        assertThat(stronger.verify("other".toCharArray(), old)).isFalse();
        assertThat(stronger.needsRehash(old)).isTrue();
    }

    @Test
    void aHashAtTheCurrentOrAHigherCountNeedsNoRehash() {
        PasswordHasher stronger = new PasswordHasher(12_000);

        assertThat(hasher.needsRehash(hasher.hash("secret".toCharArray()))).isFalse();
        assertThat(hasher.needsRehash(stronger.hash("secret".toCharArray()))).isFalse();
    }

    @Test
    void aForeignFormatNeedsARehash() {
        assertThat(hasher.needsRehash("bcrypt$10000$c2FsdA$aGFzaA")).isTrue();
        assertThat(hasher.needsRehash("plain")).isTrue();
    }

    @Test
    void refusesFewerThanTenThousandIterations() {
        assertThatThrownBy(() -> new PasswordHasher(9_999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9999");
        assertThat(new PasswordHasher(10_000)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "pbkdf2-sha256", "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA",
            "bcrypt$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", "pbkdf2-sha256$10000$c2FsdA$aGFzaA$extra",
            "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$"})
    void storedStringsOfTheWrongShapeDoNotVerify(String stored) {
        assertThat(hasher.verify("secret".toCharArray(), stored)).isFalse();
    }
    @ParameterizedTest
    @ValueSource(strings = {"pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$10000$not*base64!$aGFzaA", "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$not*base64!",
            "pbkdf2-sha256$10000$$aGFzaA", "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"})
    void storedStringsWithUnreadableFieldsDoNotVerify(String stored) {
        assertThat(hasher.verify("secret".toCharArray(), stored)).isFalse();
    }

    @Test
    void aStoredHashWithAnUnreadableCountNeedsARehash() {
        assertThat(hasher.needsRehash("pbkdf2-sha256$many$c2FsdA$aGFzaA")).isTrue();
    }
}
