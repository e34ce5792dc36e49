package no.mentorkit.forms.internal.osgi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.forms.DeploySource;
import no.mentorkit.forms.FormRegistry;
import no.mentorkit.forms.internal.model.fhir.QuestionnaireImport;

/**
 * Hot deploy through Karaf's {@code deploy/} folder: FileInstall hands us every {@code *.form.json} and FHIR
 * {@code *.questionnaire.json} it sees there.
 * A new or changed file is deployed and published (a broken one is refused and whatever was serving keeps
 * serving); a deleted file retires the versions that came from it.
 */
@Component(service = ArtifactInstaller.class)
public class FormArtifactInstaller implements ArtifactInstaller {

    static final String SUFFIX = ".form.json";
    private static final Logger LOG = LoggerFactory.getLogger(FormArtifactInstaller.class);
    private static final String ACTOR = "deploy-folder";

    private final FormRegistry registry;
    private final String etc;

    @Activate
    public FormArtifactInstaller(@Reference FormRegistry registry) {
        this.registry = registry;
        this.etc = System.getProperty("karaf.etc");
    }

    @Override
    public boolean canHandle(File artifact) {
        // Karaf's etc/ watcher also passes *.json files around; forms belong in deploy/ only.
        String name = artifact.getName();
        return (name.endsWith(SUFFIX) || name.endsWith(QuestionnaireImport.SUFFIX)) && (etc == null || !artifact.getAbsoluteFile().getParentFile()
                .equals(new File(etc).getAbsoluteFile()));
    }

    @Override
    public void install(File artifact) throws IOException {
        deploy(artifact);
    }

    @Override
    public void update(File artifact) throws IOException {
        deploy(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        registry.withdraw(DeploySource.DEPLOY_FOLDER, artifact.getName(), ACTOR);
    }

    private void deploy(File artifact) throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(artifact.toPath());
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", artifact, e.toString());
            throw e;
        }
        registry.deploy(DeploySource.DEPLOY_FOLDER, artifact.getName(), content, true, ACTOR);
    }
}
