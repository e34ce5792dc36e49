package no.mentorkit.library.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Codes;
import no.mentorkit.library.internal.model.Resource;

/**
 * A deterministic generated corpus: resources of about 200 words drawn from a vocabulary of the library's domain in
 * bokmål, nynorsk and English, with Zipf-like word frequencies, random topics, audiences, years and access levels.
 */
final class GeneratedCorpus {

    static final String[] NB = ("radikalisering fremmedkriger fremmedkrigere mentor mentoren ungdom ungdommen familie "
            + "familien samtale samtalen tillit risiko vurdering oppfølging skole politiet barnevernet nettverk ideologi "
            + "ekstremisme høyreekstremisme islamisme venstreekstremisme konspirasjon traumer trygghet identitet "
            + "tilhørighet hjemkomst ettervern veiledning koordinator samarbeid taushetsplikt opplysningsplikt "
            + "dokumentasjon samtykke diaspora kultur kommunikasjon motivasjon endring relasjon grenser fritid arbeid "
            + "bolig helse psykisk nettmiljø propaganda rekruttering vold trussel beskyttelse sårbarhet mestring")
            .split(" ");
    static final String[] NN = ("radikalisering framandkrigar framandkrigarar mentoren ungdomen familien samtalen "
            + "tillit risikoen vurderinga oppfølginga skulen politiet barnevernet nettverket ideologien ekstremisme "
            + "tryggleik identiteten heimkomst rettleiing koordinatoren samarbeidet teieplikt dokumentasjonen "
            + "samtykket kulturen motivasjonen endringa relasjonen grensene fritida arbeidet bustaden helsa").split(" ");
    static final String[] EN = ("radicalisation foreign fighter fighters mentor youth family conversation trust risk "
            + "assessment follow-up school police child welfare network ideology extremism right-wing islamist "
            + "conspiracy trauma safety identity belonging return aftercare supervision coordinator cooperation "
            + "confidentiality consent documentation diaspora culture communication motivation change relationship")
            .split(" ");
    static final String[] FILLER_NB = "og i på som for med til er det en et av har kan vil skal ikke".split(" ");

    private GeneratedCorpus() {
    }

    static List<Resource> generate(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Resource> out = new ArrayList<>(count);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            int l = rnd.nextInt(10);
            String lang = l < 7 ? "nb" : l < 9 ? "nn" : "en";
            String[] vocab = lang.equals("nb") ? NB : lang.equals("nn") ? NN : EN;
            String title = words(rnd, vocab, 4 + rnd.nextInt(4), false) + " " + i;
            String summary = words(rnd, vocab, 20, true);
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                body.append(words(rnd, vocab, 45, true)).append(".\n\n");
            }
            List<String> topics = List.of(Codes.TOPICS.get(rnd.nextInt(Codes.TOPICS.size())),
                    Codes.TOPICS.get(rnd.nextInt(Codes.TOPICS.size()))).stream().distinct().toList();
            List<String> audience = List.of(Codes.AUDIENCES.get(rnd.nextInt(Codes.AUDIENCES.size())));
            AccessLevel access = AccessLevel.values()[rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(10) < 7 ? 1 : 2];
            out.add(new Resource(i + 1, null, title, summary, body.toString(), lang, topics, audience, "Generert",
                    "Benchmark", 2000 + rnd.nextInt(27), Codes.EVIDENCE.get(rnd.nextInt(3)), access, 1, now, now));
        }
        return out;
    }

    private static String words(SplittableRandom rnd, String[] vocab, int n, boolean filler) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (filler && rnd.nextInt(3) == 0) {
                sb.append(FILLER_NB[rnd.nextInt(FILLER_NB.length)]);
            } else {
                // Zipf-like: low indexes are far more frequent.
                double u = rnd.nextDouble();
                sb.append(vocab[(int) (vocab.length * u * u * u)]);
            }
        }
        return sb.toString();
    }

    /** Query words: some frequent, some rare, some inflected, as a mentor would type them. */
    static final String[] QUERIES = {"radikalisering", "fremmedkrigere", "samtalen med ungdommen", "radikaliseringa",
        "taushetsplikt", "familien tillit", "foreign fighters", "traumer", "nettmiljø propaganda", "sårbarhet mestring",
        "høyreekstremisme", "rettleiing"};
}
