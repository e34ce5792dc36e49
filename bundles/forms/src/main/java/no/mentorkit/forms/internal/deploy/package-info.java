/**
 * The two deploy paths besides upload: Karaf's {@code deploy/} folder (a FileInstall {@code ArtifactInstaller})
 * and bundles carrying forms under the {@code Mentorkit-Forms} manifest header; both hand files to the registry.
 */
package no.mentorkit.forms.internal.deploy;
