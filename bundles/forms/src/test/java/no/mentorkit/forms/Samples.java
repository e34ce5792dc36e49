package no.mentorkit.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The test forms under src/test/resources/forms, as trees to change and as bytes. */
public final class Samples {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    public static ObjectNode tree(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/forms/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Object tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FormDefinition definition(ObjectNode tree) {
        FormCheck.Result r = FormCheck.lint("sample.form.json", bytes(tree));
        if (!r.ok()) {
            throw new AssertionError(r.errors().toString());
        }
        return r.definition();
    }
}
