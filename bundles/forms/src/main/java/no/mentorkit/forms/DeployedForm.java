package no.mentorkit.forms;

import java.time.Instant;

/** One stored version of a form with its life-cycle status and where it came from. */
public record DeployedForm(String id, String version, String kind, FormStatus status, DeploySource source,
        String file, Instant deployedAt, FormDefinition definition) {
}
