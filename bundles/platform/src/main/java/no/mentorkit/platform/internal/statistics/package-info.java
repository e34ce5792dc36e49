/** Statistics: gathering every module's StatisticsSource, small-cell suppression, and the JSON/CSV resource. */
package no.mentorkit.platform.internal.statistics;
