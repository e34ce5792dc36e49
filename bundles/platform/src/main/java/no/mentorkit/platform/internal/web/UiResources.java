package no.mentorkit.platform.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the UI shell's ES modules and styles: {@code /ui/x} is the bundle entry {@code /web/ui/x}. */
@Component(service = UiResources.class)
@HttpWhiteboardResource(pattern = "/ui/*", prefix = "/web/ui")
public class UiResources {
}
