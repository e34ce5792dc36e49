package no.mentorkit.platform.internal.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path home;

    @Test
    void dataAndSecretsInEtcBecomeOwnerOnlyAndOtherConfigStaysReadable() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Path etc = Files.createDirectories(home.resolve("etc"));
        Path datasource = Files.writeString(etc.resolve("org.ops4j.datasource-mentorkit.cfg"), "password = x\n");
        Path users = Files.writeString(etc.resolve("users.properties"), "ops = {CRYPT}x\n");
        Path web = Files.writeString(etc.resolve("org.ops4j.pax.web.cfg"), "port = 8181\n");
        for (Path p : new Path[] {data, etc}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path p : new Path[] {datasource, users, web}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }

        OwnerOnlyFiles.narrow(data, etc);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(datasource))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(users))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(web))).isEqualTo("rw-r--r--");
    }
}
