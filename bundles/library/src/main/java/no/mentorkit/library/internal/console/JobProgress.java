package no.mentorkit.library.internal.console;

import java.io.PrintStream;

import no.mentorkit.library.internal.service.Job;

/** Prints a job's progress as lines until it ends: one line whenever the count moves. */
final class JobProgress {

    private JobProgress() {
    }

    static void follow(Job job, PrintStream out) throws InterruptedException {
        String last = "";
        while (true) {
            String line = job.line();
            if (!line.equals(last)) {
                out.println(line);
                last = line;
            }
            if (job.finished()) {
                for (String e : job.view().errors()) {
                    out.println("  " + e);
                }
                return;
            }
            Thread.sleep(250);
        }
    }
}
