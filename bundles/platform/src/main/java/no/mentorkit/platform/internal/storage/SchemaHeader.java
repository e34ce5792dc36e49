package no.mentorkit.platform.internal.storage;

/**
 * The value of a {@code Mentorkit-Schema} header: the module, and where its migrations are in the bundle, e.g.
 * {@code registry} or {@code registry;migrations=db/registry}. Without {@code migrations} the folder is
 * {@code db/migration/<module>}, where every module has kept them.
 */
record SchemaHeader(String module, String migrations) {

    private static final String MIGRATIONS = "migrations=";

    static SchemaHeader parse(String header) {
        String[] parts = header.split(";");
        String module = parts[0].strip();
        String migrations = "db/migration/" + module;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            if (attribute.startsWith(MIGRATIONS)) {
                migrations = unquote(attribute.substring(MIGRATIONS.length()).strip());
            } else if (!attribute.isEmpty()) {
                throw new IllegalArgumentException("Unknown attribute in Mentorkit-Schema header: " + attribute);
            }
        }
        return new SchemaHeader(module, migrations);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
