package no.mentorkit.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoServiceDescriptionFilterTest {

    @Test
    void descriptionParametersAreRecognisedHoweverWritten() {
        for (String q : new String[] {"_wadl", "_wadl=", "x=1&_wadl", "%5Fwadl", "_schema=a.xsd", "a=b&_schema"}) {
            assertThat(NoServiceDescriptionFilter.asksForDescription(q)).as(q).isTrue();
        }
        for (String q : new String[] {null, "", "q=_wadl", "wadl", "limit=10", "%zz"}) {
            assertThat(NoServiceDescriptionFilter.asksForDescription(q)).as(q).isFalse();
        }
    }
}
