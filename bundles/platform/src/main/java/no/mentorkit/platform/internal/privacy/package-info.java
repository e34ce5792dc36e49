/** Access for the data subject: the export gathered from every module's PersonalDataSource, and its REST resource. */
package no.mentorkit.platform.internal.privacy;
