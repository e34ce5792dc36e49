package no.mentorkit.platform.internal.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource that is not one of the request's units of work: the health probe, which must report the database as
 * it finds it, not fail itself when the commit of a transaction it never needed cannot be written (a full disk).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface OutsideTransaction {
}
