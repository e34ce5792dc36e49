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

    @AttributeDefinition(description = "Server folders a folder import may read from (and their subfolders); "
            + "${karaf.data} stands for Karaf's data folder")
    String[] importFolders() default {"${karaf.data}/mentorkit/library-import"};

    @AttributeDefinition(description = "Most pages of a PDF whose text is extracted; a longer PDF is refused")
    int maxPdfPages() default 2000;

    @AttributeDefinition(description = "Most seconds spent extracting the text of one PDF, however large; a small "
            + "PDF gets 2 s plus 1 s per 100 KB. A slower one is refused")
    int maxPdfSeconds() default 30;
}
