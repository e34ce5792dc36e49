package no.mentorkit.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    private final PasswordStrength strength = new PasswordStrength(35);

    @Test
    void commonAndGuessablePasswordsAreRefused() {
        for (String weak : List.of("aaaaaaaaaaaa", "password1234", "qwertyuiop12", "Admin1234567", "Sommer2026!!",
                "123456789012", "abcdefghijkl")) {
            assertThat(strength.weakness(weak)).as(weak).isPresent();
        }
    }

    @Test
    void longPassphrasesAndRandomPasswordsPass() {
        for (String strong : List.of("lantern orbit velvet mango", "kP9#mL2vQ8xZ", "Test-only-admin-password-1",
                "fiolin-tavle-sykkel-regn")) {
            assertThat(strength.weakness(strong)).as(strong).isEmpty();
        }
    }
}
