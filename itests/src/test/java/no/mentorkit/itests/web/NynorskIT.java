package no.mentorkit.itests.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Nynorsk that is nynorsk: reads the UI's message tables (the shell's i18n.js and every module's messages.js)
 * from the source tree. An nn string equal to its nb string (or missing, so the shell shows the nb one) is only
 * accepted when {@code nynorsk-allowance.txt} lists its key with a reason; a few bokmål-only words may not
 * appear in any nn string.
 */
class NynorskIT {

    private static final Path BUNDLES = Path.of("..", "bundles");
    private static final String ALLOWANCE = "/nynorsk-allowance.txt";

    /** Start of a language's table: {@code const nn = {} or {@code nn: {}. */
    private static final Pattern SECTION = Pattern.compile("(?m)^\\s*(?:const\\s+)?(nb|nn|en)\\s*[:=]\\s*\\{");
    private static final Pattern ENTRY = Pattern.compile(
            "'([A-Za-z0-9_.\\-]+)'\\s*:\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\")");

    /** Words that exist in bokmål but not in nynorsk (nn: ikkje, kva, kven, korleis, viss, kvar, berre, ...). */
    private static final Set<String> BOKMAAL_ONLY = Set.of("ikke", "hva", "hvem", "hvordan", "hvis", "hvor", "bare",
            "noen", "være", "fra", "sammen", "veileder", "veiledning", "fremmedkriger", "utskolert",
            "ansettelsesform", "mangler", "forfaller", "gjelder", "velg", "endret");

    @Test
    void everyNynorskStringEqualToBokmaalIsAllowedWithAReason() {
        Map<String, String> allowed = allowance();
        List<String> unexplained = new ArrayList<>();
        identicalPairs().forEach((key, text) -> {
            if (!allowed.containsKey(key)) {
                unexplained.add(key + " = '" + text + "'");
            }
        });
        assertTrue(unexplained.isEmpty(), unexplained.size() + " nn strings equal (or fall back to) bokmål;"
                + " translate them or list them with a reason in " + ALLOWANCE + ": " + unexplained);
    }

    @Test
    void theAllowanceListsOnlyIdenticalPairsEachWithAReason() {
        Map<String, String> identical = identicalPairs();
        List<String> stale = new ArrayList<>();
        allowance().forEach((key, reason) -> {
            if (reason.isBlank() || !identical.containsKey(key)) {
                stale.add(key);
            }
        });
        assertTrue(stale.isEmpty(), "allowance entries without a reason or no longer identical: " + stale);
    }

    @Test
    void noNynorskStringUsesABokmaalOnlyWord() {
        List<String> found = new ArrayList<>();
        tables().forEach((file, byLang) -> byLang.getOrDefault("nn", Map.of()).forEach((key, text) -> {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (BOKMAAL_ONLY.contains(word)) {
                    found.add(key + ": '" + word + "' in '" + text + "'");
                }
            }
        }));
        assertTrue(found.isEmpty(), "bokmål in nynorsk strings: " + found);
    }

    /** The registry's vocabularies in Codes.java and the label key prefix each code is shown by. */
    private static final Map<String, String> VOCABULARIES = Map.of("COMPETENCES", "registry.competence.",
            "INTERESTS", "registry.interest.", "EXPERIENCES", "registry.experience.");

    @Test
    void everyMentorVocabularyCodeHasALabelInEveryLanguage() {
        String codes = ModuleScriptsIT.read(BUNDLES.resolve(
                "registry/src/main/java/no/mentorkit/registry/internal/model/Codes.java"));
        Map<String, Map<String, String>> registry = tables().entrySet().stream()
                .filter(e -> e.getKey().toString().contains("/web/registry/")).findFirst().orElseThrow().getValue();
        List<String> missing = new ArrayList<>();
        VOCABULARIES.forEach((list, prefix) -> {
            Matcher m = Pattern.compile(list + "\\s*=\\s*List\\.of\\(([^)]*)\\)").matcher(codes);
            assertTrue(m.find(), "Codes." + list + " is read");
            List<String> values = Pattern.compile("\"([^\"]+)\"").matcher(m.group(1)).results().map(r -> r.group(1))
                    .toList();
            assertTrue(values.size() >= 5, "Codes." + list + " has its codes: " + values);
            for (String code : values) {
                for (String lang : List.of("nb", "nn", "en")) {
                    String text = registry.getOrDefault(lang, Map.of()).get(prefix + code);
                    if (text == null || text.isBlank()) {
                        missing.add(lang + ": " + prefix + code);
                    }
                }
            }
        });
        assertTrue(missing.isEmpty(), "vocabulary codes without a label: " + missing);
    }

    /** Keys whose nn text (or, when nn has none, the nb fallback) equals the nb text. */
    private static Map<String, String> identicalPairs() {
        Map<String, String> identical = new TreeMap<>();
        tables().forEach((file, byLang) -> {
            Map<String, String> nn = byLang.getOrDefault("nn", Map.of());
            byLang.getOrDefault("nb", Map.of()).forEach((key, text) -> {
                if (text.equals(nn.getOrDefault(key, text))) {
                    identical.put(key, text);
                }
            });
        });
        return identical;
    }

    /** Per message file, per language, key to text. */
    private static Map<Path, Map<String, Map<String, String>>> tables() {
        Map<Path, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();
        for (Path file : messageFiles()) {
            String text = ModuleScriptsIT.read(file);
            Map<String, Map<String, String>> byLang = new HashMap<>();
            List<MatchResult> starts = SECTION.matcher(text).results().toList();
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1).start() : text.length();
                Map<String, String> entries = byLang.computeIfAbsent(starts.get(i).group(1), l -> new LinkedHashMap<>());
                Matcher entry = ENTRY.matcher(text.substring(starts.get(i).end(), end));
                while (entry.find()) {
                    entries.put(entry.group(1), entry.group(2) != null ? entry.group(2) : entry.group(3));
                }
            }
            assertTrue(byLang.keySet().containsAll(Set.of("nb", "nn", "en")), file + " has nb, nn and en tables");
            tables.put(file, byLang);
        }
        return tables;
    }

    /** A shell view that keeps its own table (addMessages with nb, nn and en written out), like the Modules page. */
    private static boolean holdsOwnMessages(Path file) {
        return file.toString().endsWith(".js") && ModuleScriptsIT.read(file).contains("addMessages({");
    }

    private static List<Path> messageFiles() {
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            List<Path> found = files.filter(p -> p.toString().contains("src/main/resources/web/"))
                    .filter(p -> p.getFileName().toString().equals("messages.js")
                            || p.toString().endsWith("web/ui/i18n.js") || holdsOwnMessages(p))
                    .sorted().toList();
            assertTrue(found.size() >= 6, "the shell's and five modules' message tables: " + found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code key<TAB>reason}; {@code #} starts a comment. */
    private static Map<String, String> allowance() {
        try (var in = NynorskIT.class.getResourceAsStream(ALLOWANCE)) {
            assertTrue(in != null, ALLOWANCE + " on the test class path");
            Map<String, String> allowed = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\t+", 2);
                allowed.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
            }
            return allowed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
