/**
 * The knowledge library's public vocabulary: the codes of topics, audiences, evidence levels and access levels
 * that resources carry (see the shared formats).
 */
@Version("1.0.0")
@Export
package no.mentorkit.library;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
