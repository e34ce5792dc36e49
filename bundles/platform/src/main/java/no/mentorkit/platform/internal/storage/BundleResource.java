package no.mentorkit.platform.internal.storage;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.api.resource.LoadableResource;

/** One migration script inside a bundle. */
final class BundleResource extends LoadableResource {

    private final URL url;
    private final String name;

    BundleResource(URL url, String name) {
        this.url = url;
        this.name = name;
    }

    @Override
    public Reader read() {
        try {
            return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + url, e);
        }
    }

    @Override
    public String getAbsolutePath() {
        return url.getPath();
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return url.toString();
    }

    @Override
    public String getFilename() {
        return name;
    }

    @Override
    public String getRelativePath() {
        return name;
    }
}
