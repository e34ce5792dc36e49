package no.mentorkit.ethics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.mentorkit.forms.FormCheck;
import no.mentorkit.forms.FormDefinition;

/** The shipped checklists, read through the form engine's linter as the engine reads them. */
public final class Checklists {

    private Checklists() {
    }

    public static Path file(String id) {
        return Path.of("src/main/resources/checklists/" + id + ".form.json");
    }

    public static FormCheck.Result lint(Path p) {
        try {
            return FormCheck.lint(p.getFileName().toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FormDefinition shipped(String id) {
        return lint(file(id)).definition();
    }
}
