package no.mentorkit.library.internal.service.importer;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import no.mentorkit.library.internal.model.Draft;

/** Reads the library's Markdown format: YAML front matter between {@code ---} lines, then the Markdown body. */
public final class FrontMatter {

    private FrontMatter() {
    }

    /** Thrown when a file does not follow the format; the message says where. */
    public static final class FormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FormatException(String message) {
            super(message);
        }
    }

    public static Draft parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n");
        if (!s.startsWith("---\n")) {
            throw new FormatException("no front matter: the file must start with a line '---'");
        }
        int end = s.indexOf("\n---", 4);
        if (end < 0) {
            throw new FormatException("front matter is not closed by a line '---'");
        }
        String yaml = s.substring(4, end);
        int bodyStart = s.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : s.substring(bodyStart + 1).strip();
        Map<String, Object> m;
        try {
            // SafeConstructor: plain maps, lists and scalars only, never arbitrary classes from a file.
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new FormatException("front matter is not a set of 'key: value' lines");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            m = typed;
        } catch (YAMLException e) {
            throw new FormatException("front matter is not valid YAML: " + firstLine(e.getMessage()));
        }
        return new Draft(null, string(m, "title"), string(m, "summary"), body, string(m, "language"),
                list(m, "topics"), list(m, "audience"), string(m, "source"), string(m, "author"), year(m),
                string(m, "evidence"), m.containsKey("access") ? string(m, "access") : "all");
    }

    private static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v).strip();
    }

    private static List<String> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(o -> String.valueOf(o).strip()).toList();
        }
        // A single value or "a, b" written without brackets.
        return List.of(String.valueOf(v).split("\\s*,\\s*")).stream().map(String::strip).filter(x -> !x.isEmpty())
                .toList();
    }

    private static Integer year(Map<String, Object> m) {
        Object v = m.get("year");
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw new FormatException("year is not a number: " + v);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
