package no.mentorkit.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.versioning.ProviderType;

import no.mentorkit.platform.security.Role;

/**
 * Restricts a resource class or method to users holding at least one of the roles.
 * A method annotation replaces the class annotation.
 */
@ProviderType
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RolesAllowed {
    Role[] value();
}
