package no.mentorkit.itests.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Module scripts share the platform's UI kit ({@code /ui/kit.js}) and the shell's language list instead of
 * keeping their own copies: this reads every module's web folder in the source tree and names each copy.
 */
class ModuleScriptsIT {

    private static final Path BUNDLES = Path.of("..", "bundles");

    /** Helpers the kit offers, defined again at the top level of a module script. */
    private static final Pattern OWN_HELPER = Pattern.compile(
            "(?m)^(export\\s+)?((function\\s+(table|query|hashQuery|go|link|stylesheet|ensureStyles|ensureStylesheet)\\s*\\()"
                    + "|(const\\s+(table|query|go|link)\\s*=))");

    /** The language list typed out again rather than imported from the shell. */
    private static final Pattern OWN_LANGUAGES = Pattern.compile("\\[\\s*'nb'\\s*,\\s*'nn'\\s*,\\s*'en'\\s*]");

    @Test
    void moduleScriptsDefineNoHelperTheKitOffers() {
        List<String> copies = new ArrayList<>();
        for (Path script : moduleScripts()) {
            String text = read(script);
            OWN_HELPER.matcher(text).results().forEach(m -> copies.add(script + ": " + m.group()));
            OWN_LANGUAGES.matcher(text).results().forEach(m -> copies.add(script + ": " + m.group()));
        }
        assertTrue(copies.isEmpty(), "module scripts import these from /ui/kit.js instead: " + copies);
    }

    @Test
    void everyModuleFolderImportsTheKit() {
        Map<Path, List<Path>> byFolder = moduleScripts().stream()
                .collect(Collectors.groupingBy(p -> p.getParent().getFileName().toString().equals("views")
                        ? p.getParent().getParent() : p.getParent()));
        assertTrue(byFolder.size() >= 4, "registry, library, assessment and ethics have scripts: " + byFolder.keySet());
        byFolder.forEach((folder, scripts) -> assertTrue(
                scripts.stream().anyMatch(s -> read(s).contains("from '/ui/kit.js'")), folder + " imports the UI kit"));
    }

    /** A Java {@code List.of("a", "b", ...)} and a script's array literal of quoted strings. */
    private static final Pattern JAVA_LIST = Pattern.compile("List\\.of\\(([^)]*)\\)");
    private static final Pattern SCRIPT_ARRAY = Pattern.compile("\\[(\\s*'[^']*'(?:\\s*,\\s*'[^']*')+\\s*)]");
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']*)[\"']");

    @Test
    void theRegistrysScriptsTakeItsCodeListsFromTheApi() {
        List<Set<String>> codeLists = JAVA_LIST.matcher(read(BUNDLES.resolve(
                "registry/src/main/java/no/mentorkit/registry/internal/model/Codes.java"))).results()
                .map(m -> quoted(m.group(1))).filter(l -> l.size() >= 2).toList();
        assertTrue(codeLists.size() >= 5, "the registry's code lists are read: " + codeLists);
        List<String> copies = new ArrayList<>();
        for (Path script : moduleScripts()) {
            if (!script.toString().contains("/web/registry/")) {
                continue;
            }
            SCRIPT_ARRAY.matcher(read(script)).results().map(m -> quoted(m.group(1)))
                    .filter(codeLists::contains)
                    .forEach(values -> copies.add(script.getFileName() + ": " + values));
        }
        assertTrue(copies.isEmpty(), "registry scripts type code lists instead of GET /api/registry/codes: " + copies);
    }

    private static Set<String> quoted(String text) {
        return QUOTED.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    /** The form renderer's two scripts, served to every module from the forms bundle, are the kit's peers. */
    private static final List<String> SHARED = List.of("renderer.js", "visibility.js");

    /** The scripts of every module's own web folder, not the shell's (ui). */
    private static List<Path> moduleScripts() {
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            List<Path> scripts = files.filter(p -> p.toString().endsWith(".js"))
                    .filter(p -> p.toString().contains("src/main/resources/web/"))
                    .filter(p -> !p.toString().contains("/web/ui/"))
                    .filter(p -> !p.getFileName().toString().equals("messages.js"))
                    .filter(p -> !SHARED.contains(p.getFileName().toString()))
                    .toList();
            assertTrue(!scripts.isEmpty(), "module scripts found under " + BUNDLES.toAbsolutePath());
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
