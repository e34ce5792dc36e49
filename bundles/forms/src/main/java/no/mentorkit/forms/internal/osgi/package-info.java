package no.mentorkit.forms.internal.osgi;

/**
 * The form engine's OSGi wiring, neither REST nor rules: the two deploy paths besides upload (Karaf's
 * {@code deploy/} folder as a FileInstall {@code ArtifactInstaller}, and bundles carrying forms under the
 * {@code Mentorkit-Forms} manifest header, both handing files to the registry), the module's announcement with
 * the UI resources under {@code /ui/forms/} (the admin page and the renderer every form-filling module uses), and
 * its line in {@code mentorkit:status}.
 */
