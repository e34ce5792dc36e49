package no.mentorkit.platform.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = "no.mentorkit.platform.security", name = "Mentorkit security",
        description = "Sessions, login throttling and password hashing")
public @interface SecurityConfig {

    @AttributeDefinition(description = "A session unused for this many minutes ends")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "A session ends this many hours after login, used or not")
    int sessionMaxHours() default 12;

    @AttributeDefinition(description = "Failed logins for one user name or one address before it is locked out")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Window in minutes over which failed logins are counted")
    int failureWindowMinutes() default 15;

    @AttributeDefinition(description = "First lockout in seconds; it doubles with each further failure")
    int lockoutSeconds() default 60;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes")
    int passwordIterations() default 600000;

    @AttributeDefinition(description = "Minimum length of a new password")
    int minPasswordLength() default 12;

    @AttributeDefinition(description = "Least estimated strength of a new password, in bits (nbvcxz): common "
            + "passwords, words, names, keyboard patterns and repeats score low")
    double minPasswordEntropyBits() default 35;

    @AttributeDefinition(description = "Believe X-Forwarded-For and X-Forwarded-Proto: turn on only behind a "
            + "reverse proxy that sets them, so audit entries name the client and cookies are marked Secure")
    boolean trustForwardedHeaders() default false;
}
