package no.mentorkit.platform.internal.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import no.mentorkit.platform.internal.install.KeyFiles;

/**
 * AES-256-GCM for backup files, in chunks of 1 MiB so that neither side holds a whole database in memory (the JDK's
 * GCM decryption buffers everything it is given before it can check the tag). Each chunk has its own nonce (a random
 * file prefix and the chunk number) and says in its authenticated data whether it is the last one, so a reordered,
 * altered or cut-off file is refused rather than restored in part.
 */
final class BackupCipher {

    static final byte[] MAGIC = "MKBACKUP1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;

    private BackupCipher() {
    }

    /** Reads the backup key file: readable by its owner alone, or anyone on the machine could decrypt every backup. */
    static SecretKey key(Path file) throws IOException {
        return new SecretKeySpec(KeyFiles.read256(file), "AES");
    }

    static void encrypt(InputStream in, OutputStream out, SecretKey key) throws IOException {
        byte[] prefix = new byte[8];
        new SecureRandom().nextBytes(prefix);
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.write(prefix);
        byte[] buffer = new byte[CHUNK];
        int n = in.readNBytes(buffer, 0, CHUNK);
        int chunk = 0;
        while (true) {
            byte[] next = new byte[CHUNK];
            int m = n < CHUNK ? 0 : in.readNBytes(next, 0, CHUNK);
            boolean last = m == 0;
            byte[] sealed = seal(Cipher.ENCRYPT_MODE, key, prefix, chunk++, last, buffer, n);
            data.writeInt(sealed.length);
            data.write(sealed);
            if (last) {
                break;
            }
            buffer = next;
            n = m;
        }
        data.flush();
    }

    static void decrypt(InputStream in, OutputStream out, SecretKey key) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 1);
        DataInputStream data = new DataInputStream(peek);
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an encrypted Mentorkit backup");
        }
        byte[] prefix = data.readNBytes(8);
        for (int chunk = 0;; chunk++) {
            int length;
            try {
                length = data.readInt();
            } catch (EOFException e) {
                throw new IOException("the backup is cut off: its last part is missing");
            }
            if (length < 16 || length > CHUNK + 16) {
                throw new IOException("the backup is damaged (a part of " + length + " bytes)");
            }
            byte[] sealed = data.readNBytes(length);
            int after = peek.read();
            boolean last = after < 0;
            if (!last) {
                peek.unread(after);
            }
            try {
                out.write(open(key, prefix, chunk, last, sealed));
            } catch (IOException e) {
                throw new IOException("the backup is damaged or cut off, or the key is not the one it was written with");
            }
            if (last) {
                return;
            }
        }
    }

    private static byte[] open(SecretKey key, byte[] prefix, int chunk, boolean last, byte[] sealed) throws IOException {
        return seal(Cipher.DECRYPT_MODE, key, prefix, chunk, last, sealed, sealed.length);
    }

    private static byte[] seal(int mode, SecretKey key, byte[] prefix, int chunk, boolean last, byte[] in, int n)
            throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(chunk).array();
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return c.doFinal(in, 0, n);
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
