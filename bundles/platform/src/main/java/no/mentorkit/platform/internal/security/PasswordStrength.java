package no.mentorkit.platform.internal.security;

import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Refuses passwords that are common or guessable, by nbvcxz's estimate of how many guesses they take (its
 * dictionaries of common passwords, names and words, keyboard walks, repeats, sequences, dates, l33t), in bits.
 * One estimator is built once: loading its dictionaries is the expensive part.
 */
public final class PasswordStrength {

    private final Nbvcxz estimator;
    private final double minEntropyBits;

    public PasswordStrength(double minEntropyBits) {
        Configuration config = new ConfigurationBuilder().setMinimumEntropy(minEntropyBits).createConfiguration();
        this.estimator = new Nbvcxz(config);
        this.minEntropyBits = minEntropyBits;
    }

    /** Why the password is too weak, or empty when it is strong enough. */
    public Optional<String> weakness(String password) {
        Result result = estimator.estimate(password);
        if (result.getEntropy() < minEntropyBits) {
            return Optional.of("is too easy to guess (a common password, word, name, keyboard pattern or repeat); "
                    + "use a longer passphrase of several unrelated words");
        }
        return Optional.empty();
    }
}
