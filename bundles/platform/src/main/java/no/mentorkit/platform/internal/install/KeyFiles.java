package no.mentorkit.platform.internal.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Keys that operators keep in files of their own: the backup key and the embedded database's file key. */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * Reads a 256-bit key file: 32 bytes, raw or in Base64 (as {@code openssl rand -base64 32} writes it). The file
     * must be readable by its owner alone: anyone who can read a key can use it.
     */
    public static byte[] read256(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("the key file " + file + " does not exist");
        }
        OwnerOnly.require(file, "the key file");
        byte[] raw = Files.readAllBytes(file);
        byte[] key = raw.length == 32 ? raw : decode(new String(raw, StandardCharsets.US_ASCII).strip(), file);
        if (key.length != 32) {
            throw new IOException("the key file " + file + " must hold 32 bytes (256 bits), raw or in Base64");
        }
        return key;
    }

    private static byte[] decode(String text, Path file) throws IOException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("the key file " + file + " is neither 32 raw bytes nor Base64");
        }
    }
}
