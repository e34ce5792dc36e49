package no.mentorkit.platform.statistics;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's counts for the statistics page, published as a service. Counts come by code only; the platform
 * suppresses small cells, so a source returns every count as it is, zeros included where a code has none.
 */
@ConsumerType
public interface StatisticsSource {

    /** The module id, as in the module list; the UI finds the labels in that module's messages. */
    String module();

    /** The module's tables, counted now. */
    List<StatisticsTable> tables();
}
