package no.mentorkit.library.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mentorkit library", description = "Knowledge library: index location and imports")
public @interface LibraryConfig {

    @AttributeDefinition(description = "Folder of the Lucene index; empty means ${karaf.data}/mentorkit/library-index")
    String indexPath() default "";

    @AttributeDefinition(description = "Load the starter corpus carried in the bundle when the database holds none of it")
    boolean loadStarterCorpus() default true;

    @AttributeDefinition(description = "Largest upload accepted, in megabytes")
    int maxUploadMegabytes() default 20;
}
