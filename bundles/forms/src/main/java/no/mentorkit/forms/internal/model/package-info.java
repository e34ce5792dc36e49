/**
 * Reading a definition and the values the engine keeps to itself: the linter that refuses a definition with every
 * reason at once, the RE2 patterns of text items, and {@code SemVer}, the numeric order of form versions. The
 * definition model itself is API ({@code no.mentorkit.forms}), as the modules that fill forms read it.
 */
package no.mentorkit.forms.internal.model;
