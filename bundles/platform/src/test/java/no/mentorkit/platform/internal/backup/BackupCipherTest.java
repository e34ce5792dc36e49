package no.mentorkit.platform.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCipherTest {

    @TempDir
    Path dir;

    @Test
    void aBackupOfSeveralChunksComesBackAsItWas() throws IOException {
        SecretKey key = key("k1", "rw-------");
        for (int size : new int[] {0, 1, (1 << 20) - 1, 1 << 20, (3 << 20) + 17}) {
            byte[] plain = bytes(size);
            assertThat(decrypt(encrypt(plain, key), key)).as("size " + size).isEqualTo(plain);
        }
    }

    @Test
    void aCutOffAlteredOrForeignBackupIsRefused() throws IOException {
        SecretKey key = key("k1", "rw-------");
        byte[] sealed = encrypt(bytes((2 << 20) + 5), key);
        int secondChunkEnd = sealed.length - (5 + 16 + 4);
        assertThatThrownBy(() -> decrypt(Arrays.copyOf(sealed, secondChunkEnd), key))
                .hasMessageContaining("cut off");
        byte[] altered = sealed.clone();
        altered[100] ^= 1;
        assertThatThrownBy(() -> decrypt(altered, key)).hasMessageContaining("damaged");
        assertThatThrownBy(() -> decrypt(sealed, key("k2", "rw-------"))).hasMessageContaining("key");
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() {
        assertThatThrownBy(() -> key("shared", "rw-r--r--")).hasMessageContaining("owner only");
    }

    private SecretKey key(String name, String perms) throws IOException {
        Path f = dir.resolve(name);
        byte[] raw = new byte[32];
        new Random(name.hashCode()).nextBytes(raw);
        Files.writeString(f, Base64.getEncoder().encodeToString(raw) + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return BackupCipher.key(f);
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private static byte[] encrypt(byte[] plain, SecretKey key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupCipher.encrypt(new ByteArrayInputStream(plain), out, key);
        return out.toByteArray();
    }

    private static byte[] decrypt(byte[] sealed, SecretKey key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupCipher.decrypt(new ByteArrayInputStream(sealed), out, key);
        return out.toByteArray();
    }
}
