package no.mentorkit.forms.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the generic form renderer and its styles under {@code /ui/forms/}, for any module that fills forms. */
@Component(service = FormsUiResources.class)
@HttpWhiteboardResource(pattern = "/ui/forms/*", prefix = "/web/forms")
public class FormsUiResources {
}
