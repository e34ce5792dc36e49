/**
 * Statistics without identities: a module publishes a {@link no.mentorkit.platform.statistics.StatisticsSource}
 * with counts by codes (never a case code, name or id); the platform gathers every installed module's tables at
 * {@code GET /api/statistics}, suppresses small cells and what would let them be derived, and audits the read.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.statistics;
