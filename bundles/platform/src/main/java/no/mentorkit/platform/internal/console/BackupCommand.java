package no.mentorkit.platform.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import no.mentorkit.platform.internal.backup.BackupService;

/** {@code mentorkit:backup}: a consistent online backup of the embedded database, into the configured folder. */
@Service
@Command(scope = "mentorkit", name = "backup", description = "Write an online backup of the embedded database")
public class BackupCommand implements Action {

    @Reference
    BackupService backups;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        // The console operator is not a Mentorkit user; the audit entry names the console and its user.
        String operator = "console:" + String.valueOf(session.get("USER"));
        BackupService.Backup b = backups.write(operator, null);
        session.getConsole().printf("Backup written: %s%n  %d bytes, sha256 %s%s%n", backups.folder().resolve(b.file()),
                b.bytes(), b.sha256(), b.encrypted() ? ", encrypted with the configured key" : ", not encrypted");
        return null;
    }
}
