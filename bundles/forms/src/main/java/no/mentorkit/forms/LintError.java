package no.mentorkit.forms;

/**
 * One reason a definition is refused.
 *
 * @param file the file (or upload name) the definition came from
 * @param path JSON path of the offending value, e.g. {@code $.sections[0].items[2].scale}
 * @param reason what is wrong, in words an administrator can act on
 */
public record LintError(String file, String path, String reason) {

    @Override
    public String toString() {
        return file + " " + path + ": " + reason;
    }
}
