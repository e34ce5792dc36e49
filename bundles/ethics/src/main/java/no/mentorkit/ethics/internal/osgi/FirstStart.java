package no.mentorkit.ethics.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.ethics.internal.store.GuidelineStore;
import no.mentorkit.ethics.internal.store.RequirementStore;
import no.mentorkit.platform.Languages;

/**
 * On the first start with an empty schema: marks the configured checklists required and publishes the shipped
 * guidelines as version 1. Later starts find both in the database and leave them as the organisation set them.
 */
@Component(immediate = true, configurationPid = "no.mentorkit.ethics")
@Designate(ocd = EthicsConfig.class)
public class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    static final String SYSTEM = "system";

    @Activate
    public FirstStart(@Reference RequirementStore requirements, @Reference GuidelineStore guidelines,
            BundleContext context, EthicsConfig config) {
        List<String> initial = List.of(config.requiredOnFirstStart()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (requirements.seed(initial, SYSTEM)) {
            LOG.info("Ethics: first start, checklists required: {}", initial);
        }
        if (guidelines.current().isEmpty()) {
            Map<String, String> text = new LinkedHashMap<>();
            for (String lang : Languages.ALL) {
                text.put(lang, read(context.getBundle().getEntry("guidelines/guidelines-" + lang + ".md")));
            }
            guidelines.publish(0, text, "Shipped with Mentorkit", SYSTEM)
                    .ifPresent(v -> LOG.info("Ethics: published the shipped guidelines as version {}", v));
        }
    }

    static String read(URL url) {
        if (url == null) {
            throw new IllegalStateException("A shipped guidelines file is missing from the bundle");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
