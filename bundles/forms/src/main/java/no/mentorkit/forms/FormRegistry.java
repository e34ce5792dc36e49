package no.mentorkit.forms;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The deployed form definitions, all versions, with their life cycle. Published versions never change: the same
 * id and version with different content is refused, and a change is a new version. Every attempt is recorded as a
 * {@link Deployment}.
 */
@ProviderType
public interface FormRegistry {

    /**
     * Lints and stores a definition.
     *
     * @param publish publish at once; otherwise the version is stored as a draft, which may still be replaced
     * @param actor user name, or a system name such as {@code deploy-folder}
     */
    Deployment deploy(DeploySource source, String file, byte[] content, boolean publish, String actor);

    /** Retires every published or draft version that came from this file (a file removed from deploy/). */
    List<Deployment> withdraw(DeploySource source, String file, String actor);

    /** Publishes a draft. */
    Deployment publish(String id, String version, String actor);

    /** Retires a version: hidden from new forms, still readable for what was filled in with it. */
    Deployment retire(String id, String version, String actor);

    /** Every stored version of the kind ({@code null}: all kinds), by id and then version, newest first. */
    List<DeployedForm> list(String kind);

    Optional<DeployedForm> get(String id, String version);

    /** The highest published version of the form, which new assessments or checklists use. */
    Optional<DeployedForm> current(String id);

    /** The latest deployment outcomes, newest first. */
    List<Deployment> deployments(int limit);
}
