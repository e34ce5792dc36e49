/** The assessment rules: who may read an assessment or a pair of ratings (AssessmentAccess), agreement between raters and the timeline, and the optional subject directory they consult. */
package no.mentorkit.assessment.internal.service;
