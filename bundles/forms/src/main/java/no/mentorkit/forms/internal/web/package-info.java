/**
 * The module announcement and the UI resources under {@code /ui/forms/}: the admin page and the generic renderer
 * used by every module that fills forms.
 */
package no.mentorkit.forms.internal.web;
