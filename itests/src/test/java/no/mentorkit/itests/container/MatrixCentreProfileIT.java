package no.mentorkit.itests.container;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Module matrix: the distribution booted with the competence-centre profile (every module). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MatrixCentreProfileIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(MentorkitContainer.onlyFeatures("mentorkit-profile-centre"));
    }

    @Test
    public void bootsExactlyItsModulesAndEachPassesItsSmokeTest() {
        new ModuleSmoke().installationHoldsExactly("registry", "library", "assessment", "ethics");
    }
}
