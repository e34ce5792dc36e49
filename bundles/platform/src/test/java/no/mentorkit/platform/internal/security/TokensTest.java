package no.mentorkit.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void randomTokensAreUrlSafeWithoutPadding() {
        for (int i = 0; i < 200; i++) {
            assertThat(Tokens.random(32)).matches("[A-Za-z0-9_-]+");
        }
    }

    @Test
    void aTokenOf32BytesIs43CharactersAndDecodesBackTo32Bytes() {
        String token = Tokens.random(32);

        assertThat(token).hasSize(43);
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokenLengthFollowsTheByteCount() {
        assertThat(Tokens.random(0)).isEmpty();
        assertThat(Tokens.random(1)).hasSize(2);
        assertThat(Tokens.random(3)).hasSize(4);
        assertThat(Tokens.random(16)).hasSize(22);
    }

    @Test
    void randomTokensAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(Tokens.random(32));
        }
        assertThat(seen).hasSize(1_000);
    }

    @Test
    void sha256HexMatchesKnownVectors() {
        assertThat(Tokens.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Tokens.sha256Hex(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sha256HexEncodesTextAsUtf8() throws Exception {
        // "\u00e6" is c3 a6 in UTF-8 and the single byte e6 in ISO-8859-1.
        assertThat(Tokens.sha256Hex("\u00e6"))
                .isEqualTo(sha256OfBytes(0xc3, 0xa6))
                .isNotEqualTo(sha256OfBytes(0xe6));
    }

    private static String sha256OfBytes(int... bytes) throws Exception {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void equalComparesContent() {
        assertThat(Tokens.equal("abc", new String("abc"))).isTrue();
        assertThat(Tokens.equal("abc", "abd")).isFalse();
        assertThat(Tokens.equal("abc", "abcd")).isFalse();
        assertThat(Tokens.equal("", "")).isTrue();
    }

    @Test
    void equalIsFalseWhenEitherSideIsNull() {
        assertThat(Tokens.equal(null, "abc")).isFalse();
        assertThat(Tokens.equal("abc", null)).isFalse();
        assertThat(Tokens.equal(null, null)).isFalse();
    }
}
